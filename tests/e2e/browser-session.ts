// Real Debian Chromium driven by playwright-core, with two guards every test
// relies on: any request that leaves localhost is recorded (and aborted), and
// console errors/page errors are recorded, so tests can assert both are empty.

import { mkdirSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface GuardedContext {
  context: BrowserContext;
  externalRequests: string[];
  consoleErrors: string[];
  newPage(): Promise<Page>;
}

export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

/** `options` adds to or overrides the desktop profile (e.g. a phone: viewport, touch, geolocation). */
export async function newGuardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN", ...options });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  context.on("page", (page) => watchPage(page, consoleErrors));
  return {
    context,
    externalRequests,
    consoleErrors,
    newPage: () => context.newPage(),
  };
}

function watchPage(page: Page, consoleErrors: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
}

/**
 * Call once at the top of an e2e file: one Chromium for the file, a fresh
 * guarded profile (browser context) per `openProfile()`, and after each test
 * every profile it opened must have sent nothing outside localhost and logged
 * no console error, then is closed.
 */
export function guardedBrowserForFile(): { openProfile(options?: BrowserContextOptions): Promise<GuardedContext> } {
  let browser: Browser | undefined;
  const opened: GuardedContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync("test-results", { recursive: true });
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    for (const session of opened.splice(0)) {
      expect(session.externalRequests.join("\n"), "requests that left localhost").toBe("");
      expect(session.consoleErrors.join("\n"), "console errors").toBe("");
      await session.context.close();
    }
  });
  return {
    async openProfile(options?: BrowserContextOptions) {
      if (!browser) throw new Error("Chromium is not running: call guardedBrowserForFile() at the top of the file");
      const session = await newGuardedContext(browser, options);
      opened.push(session);
      return session;
    },
  };
}
