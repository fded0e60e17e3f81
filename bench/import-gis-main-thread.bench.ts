// "A 50 MB Shapefile of 200,000 parcels in VN-2000 imports in < 20 s with no
// main-thread task over 100 ms", as the officer does it: the four files picked
// in "Nhập dữ liệu" of the built app in real Chromium, the GIS choices dialog
// (CRS and TCVN3 guessed), "Nhập", until the report says the layer is stored.
// Every main-thread task over 50 ms is recorded (PerformanceObserver
// "longtask") from the file choice to the report. Baseline in the same run: the
// same steps with a 2,000-parcel file — what the page costs anyway (dialog,
// map redraw on SwiftShader) — so the ratio shows what the size adds.

import { mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser-session";
import { openApp } from "../tests/e2e/app-page";
import { parcelShapefile } from "../scripts/bench-data/parcel-shapefile";
import { longTasksBetween, pageNow, recordLongTasks } from "./long-task-recorder";

const PARCELS = 200_000;
const BASELINE_PARCELS = 2_000;
const LONG_TASK_TARGET_MS = 100;

interface ImportMeasure {
  megabytes: number;
  seconds: number;
  /** Until the map has loaded the new layer's tiles in view. */
  drawnSeconds: number;
  longest: number;
  overTarget: number;
  count: number;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function writeShapefile(count: number): { paths: string[]; megabytes: number } {
  const folder = mkdtempSync(join(tmpdir(), `bench-shapefile-${count}-`));
  const parts = parcelShapefile(count);
  const paths = (["shp", "shx", "dbf", "prj"] as const).map((extension) => {
    const path = join(folder, `thua-dat.${extension}`);
    writeFileSync(path, parts[extension]);
    return path;
  });
  const bytes = parts.shp.length + parts.shx.length + parts.dbf.length + parts.prj.length;
  return { paths, megabytes: bytes / 1024 / 1024 };
}

async function importThroughTheApp(count: number): Promise<ImportMeasure> {
  const { paths, megabytes } = writeShapefile(count);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await recordLongTasks(context);
  const page = await context.newPage();
  await openApp(page, { zoom: 12, lat: 18.33, lon: 105.43 });
  await page.waitForTimeout(3_000);

  // Waits are plain DOM checks: Playwright's role queries run on the page's main thread.
  const layersDrawn = () => page.evaluate(() => performance.getEntriesByName("imported-layer-loaded").length);
  const drawnBefore = await layersDrawn();
  const started = await pageNow(page);
  await page.getByLabel("Nhập dữ liệu").setInputFiles(paths);
  await page.waitForFunction(() => [...document.querySelectorAll("button")].some((button) => button.textContent === "Nhập" && !button.disabled), undefined, { timeout: 300_000 });
  await page.locator(".gis-choice button", { hasText: /^Nhập$/ }).click();
  const done = `Đã nhập ${count.toLocaleString("vi-VN")} đối tượng`;
  await page.waitForFunction((text) => document.body.textContent?.includes(text), done, { timeout: 600_000, polling: 500 });
  const ended = await pageNow(page);
  await page.waitForFunction((before) => performance.getEntriesByName("imported-layer-loaded").length > before, drawnBefore, { timeout: 120_000, polling: 200 });
  const drawn = await pageNow(page);
  const tasks = await longTasksBetween(page, started, drawn, LONG_TASK_TARGET_MS);
  await context.close();
  return { megabytes, seconds: (ended - started) / 1000, drawnSeconds: (drawn - started) / 1000, ...tasks };
}

test(`import a ${PARCELS.toLocaleString("en")}-parcel Shapefile through the app: time and main-thread tasks`, async () => {
  const baseline = await importThroughTheApp(BASELINE_PARCELS);
  const large = await importThroughTheApp(PARCELS);
  const line = (measure: ImportMeasure, count: number) =>
    `${count.toLocaleString("en")} parcels (${measure.megabytes.toFixed(1)} MB): ${measure.seconds.toFixed(1)} s stored, ${measure.drawnSeconds.toFixed(1)} s drawn, longest main-thread task ${measure.longest.toFixed(0)} ms, ${measure.count} task(s) over 50 ms, ${measure.overTarget} over ${LONG_TASK_TARGET_MS} ms`;
  console.info(`[bench] machine load average while measuring: ${loadavg().map((load) => load.toFixed(1)).join(" / ")} (1/5/15 min)`);
  console.info(`[bench] ${line(large, PARCELS)} (target < 20 s, no task over ${LONG_TASK_TARGET_MS} ms)`);
  console.info(`[bench] baseline ${line(baseline, BASELINE_PARCELS)}`);
  console.info(`[bench] longest task, ${PARCELS.toLocaleString("en")} vs ${BASELINE_PARCELS.toLocaleString("en")} parcels: ${baseline.longest > 0 ? `${(large.longest / baseline.longest).toFixed(1)}×` : "the baseline had no task over 50 ms"}`);
});
