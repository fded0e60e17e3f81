// The 150 MB national commune layer through the normal "Nhập dữ liệu" input
// in real Chromium (production build): time to read, parse + validate (in
// the import worker), store (IndexedDB) and render; page responsiveness while
// it happens (longest main-thread task, frame gaps); peak JS heap of the page
// (CDP Performance.getMetrics; the workers' heaps are not included); and
// frame times while panning the rendered layer. The file is generated into
// bench-results/ (git-ignored) on first run.

import { existsSync, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser-session";
import { writeNationalCommunesFile } from "../scripts/bench-data/national-communes";

const FILE = resolve("bench-results/national-communes.geojson");
let browser: Browser;

beforeAll(() => {
  mkdirSync("bench-results", { recursive: true });
  if (!existsSync(FILE)) writeNationalCommunesFile(FILE);
});
afterAll(() => browser?.close());

async function watchResponsiveness(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { longest: 0, longTasks: 0, maxFrameGap: 0, last: performance.now(), stop: false };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks += 1;
        state.longest = Math.max(state.longest, entry.duration);
      }
    }).observe({ type: "longtask", buffered: false });
    const frame = (now: number) => {
      state.maxFrameGap = Math.max(state.maxFrameGap, now - state.last);
      state.last = now;
      if (!state.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    Object.assign(window, { responsiveness: state });
  });
}

test("import the 150 MB national layer through “Nhập dữ liệu”", { timeout: 900_000 }, async () => {
  const megabytes = statSync(FILE).size / 1024 / 1024;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(inject("baseUrl"));
  await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
  await watchResponsiveness(page);

  let peakHeap = 0;
  const sampleHeap = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0);
  };
  const phases: Record<string, number> = {};
  const started = Date.now();
  await page.getByLabel("Nhập dữ liệu").setInputFiles(FILE);
  const inputDone = Date.now();
  for (;;) {
    await sampleHeap();
    const text = (await page.locator(".import-report").first().textContent().catch(() => "")) ?? "";
    const elapsed = Date.now() - started;
    for (const [phase, marker] of [["reading", "Đang đọc tệp"], ["parse-validate", "Đang phân tích"], ["storing", "Đang lưu vào máy"], ["imported", "Đã nhập"], ["failed", "Không"]] as const) {
      if (text.includes(marker) && phases[phase] === undefined) phases[phase] = elapsed;
    }
    if (phases.imported !== undefined || phases.failed !== undefined) {
      if (phases.failed !== undefined) console.info(`[result] import failed: ${text}`);
      break;
    }
    if (elapsed > 800_000) throw new Error("import did not finish");
    await page.waitForTimeout(100);
  }
  console.info(`[result] phases since the file was chosen (ms): ${JSON.stringify(phases)}`);
  // Rendering: the layer is pushed to MapLibre after the store; wait until the page answers again, then pan.
  const renderStarted = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  console.info(`[result] first frame after “imported”: ${Date.now() - renderStarted} ms`);
  await page.getByRole("button", { name: "Thu phóng tới" }).first().click({ timeout: 600_000 });
  await page.waitForTimeout(1000);
  await page.waitForFunction(() => document.querySelector(".maplibregl-canvas") !== null);
  const frames = await page.evaluate(async () => {
    const canvas = document.querySelector(".maplibregl-canvas") as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const gaps: number[] = [];
    let last = performance.now();
    let running = true;
    const frame = (now: number) => {
      gaps.push(now - last);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const fire = (type: string, x: number, y: number) => canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, buttons: 1 }));
    const x0 = box.left + box.width / 2;
    const y0 = box.top + box.height / 2;
    fire("mousedown", x0, y0);
    for (let step = 1; step <= 60; step++) {
      fire("mousemove", x0 + step * 5, y0 + step * 3);
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    fire("mouseup", x0 + 300, y0 + 180);
    await new Promise((resolve) => setTimeout(resolve, 500));
    running = false;
    gaps.sort((a, b) => a - b);
    return { frames: gaps.length, median: gaps[Math.floor(gaps.length / 2)], p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1] };
  });
  const renderMs = Date.now() - renderStarted;
  await sampleHeap();
  const responsiveness = await page.evaluate(() => (window as unknown as { responsiveness: { longest: number; longTasks: number; maxFrameGap: number } }).responsiveness);
  const memory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  console.info(
    `[result] file: ${megabytes.toFixed(1)} MiB, 3,321 communes, ~7.0 M vertices (setInputFiles returned after ${inputDone - started} ms)\n` +
      `[result] phases since the file was chosen (ms): ${JSON.stringify(phases)} — reading→parse/validate→store→imported\n` +
      `[result] main thread while importing: longest task ${Math.round(responsiveness.longest)} ms, ${responsiveness.longTasks} tasks > 50 ms, longest frame gap ${Math.round(responsiveness.maxFrameGap)} ms\n` +
      `[result] render + pan after zoom-to-layer: ${renderMs} ms; pan frames: ${frames.frames}, median ${frames.median?.toFixed(1)} ms, p95 ${frames.p95?.toFixed(1)} ms, max ${frames.max?.toFixed(1)} ms\n` +
      `[result] page JS heap: peak ${(peakHeap / 1024 / 1024).toFixed(0)} MiB (CDP JSHeapUsedSize, main thread only), now ${(memory / 1024 / 1024).toFixed(0)} MiB (performance.memory)`,
  );
  expect(phases.imported, "the import finished").toBeGreaterThan(0);
});
