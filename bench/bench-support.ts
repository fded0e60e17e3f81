// Shared by the benchmarks: timing a run over repeats, and bundling app
// modules with Vite so a browser benchmark can load them into a page.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { inject } from "vitest";

/** Runs `run` `repeats` times; the fastest time in ms (least disturbed by the machine). */
export function fastestRun(run: () => void, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Runs `run` `repeats` times; the median time in ms. */
export function medianRun(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Awaits `run` `repeats` times, one after the other; the median time in ms. */
export async function medianRunAsync(run: () => Promise<void>, repeats: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * Bundles `entrySource` (a module importing app files by absolute path) into
 * one script for a benchmark page: `iife` for a classic <script>, `es` for a module.
 */
export async function bundleForBrowser(entrySource: string, format: "iife" | "es", prefix: string): Promise<string> {
  const entry = join(mkdtempSync(join(tmpdir(), `${prefix}-`)), "entry.ts");
  writeFileSync(entry, entrySource);
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: process.cwd(),
    build: { write: false, minify: false, lib: { entry, formats: [format], name: `${prefix.replace(/\W/g, "")}Bundle`, fileName: "bench" } },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!("output" in result)) continue;
    const chunk = result.output.find((item) => item.type === "chunk");
    if (chunk && chunk.type === "chunk") return chunk.code;
  }
  throw new Error("the bench bundle has no chunk");
}

/** A new page and the address of a blank same-origin document of the preview server to open in it (`name` makes the address); the console is echoed. */
export async function blankBenchPage(browser: Browser, name: string): Promise<{ page: Page; url: string }> {
  const page = await browser.newPage();
  page.on("console", (message) => console.info(`[page] ${message.text()}`));
  const url = `${inject("baseUrl")}__${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><meta charset=utf-8><title>bench</title>" }));
  return { page, url };
}

/** A blank bench page (see `blankBenchPage`) opened with `code` (a `bundleForBrowser` iife) run in it. */
export async function benchPageWithScript(browser: Browser, name: string, code: string): Promise<Page> {
  const { page, url } = await blankBenchPage(browser, name);
  await page.goto(url);
  await page.addScriptTag({ content: code });
  return page;
}
