// Incidents at scale in real Chromium (fake-indexeddb timings mean nothing):
// 100,000 synthetic incidents written to IndexedDB, then, each against its
// naive baseline in the same run and the same page:
//   1. load them all — one bulk `toArray()` vs one transaction per record
//      (the naive read runs on 10,000 records and is extrapolated linearly to
//      100,000 — its cost is per record — to keep the run within minutes);
//   2. filter by category + time range (sorted by time) — the typed-array
//      query index vs Array.filter + Date.parse + sort over the objects
//      (target: list/filter update < 100 ms);
//   3. attribute them to the 31 villages — PolygonIndex (Flatbush + exact
//      test, build included) vs Turf booleanPointInPolygon over every village.
// Also printed: building the query index (once per data change) and an
// accent-insensitive text search. The app's modules are bundled by Vite for
// the page; the page is a blank same-origin document of the preview server.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser-session";
import { benchPageWithScript, bundleForBrowser } from "./bench-support";

const RECORDS = 100_000;
const NAIVE_LOAD_SUBSAMPLE = 10_000;

let browser: Browser;
let page: Page;

function bundlePageCode(): Promise<string> {
  const source = (file: string) => JSON.stringify(resolve("src", file));
  return bundleForBrowser(
    `import { AppDatabase } from ${source("store/database.ts")};
     import { IncidentRepository } from ${source("store/incidents/incident.repository.ts")};
     import { IncidentQueryIndex } from ${source("domain/incident-query-index.ts")};
     import { emptyFilter } from ${source("domain/incident-filter.ts")};
     import { VillageLocator } from ${source("geo/incidents/incident-village-attribution.ts")};
     import { booleanPointInPolygon } from ${JSON.stringify(resolve("node_modules/@turf/turf"))};
     import { syntheticIncidents } from ${JSON.stringify(resolve("bench/synthetic-incidents.ts"))};
     globalThis.incidentBench = { AppDatabase, IncidentRepository, IncidentQueryIndex, emptyFilter, VillageLocator, booleanPointInPolygon, syntheticIncidents };`,
    "iife",
    "incidents-bench",
  );
}

beforeAll(async () => {
  const code = await bundlePageCode();
  browser = await launchChromium();
  page = await benchPageWithScript(browser, "incidents-bench", code);
  const villages = JSON.parse(readFileSync("data/vu-quang/village.geojson", "utf8"));
  const commune = JSON.parse(readFileSync("data/vu-quang/commune.geojson", "utf8"));
  const seeded = await page.evaluate(
    async ({ count, villages, commune }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const b = (globalThis as any).incidentBench;
      const database = new b.AppDatabase("incidents-bench");
      await database.delete();
      await database.open();
      const records: { id: string }[] = b.syntheticIncidents(count);
      const started = performance.now();
      await new b.IncidentRepository(database).bulkPut(records);
      const writeMs = performance.now() - started;
      Object.assign(globalThis, { benchDatabase: database, benchVillages: villages, benchCommune: commune, benchIds: records.map((record) => record.id) });
      return { writeMs };
    },
    { count: RECORDS, villages, commune },
  );
  console.info(`[bench] wrote ${RECORDS.toLocaleString("en")} incidents with bulkPut (chunks of 1,000) in ${Math.round(seeded.writeMs)} ms`);
}, 600_000);

afterAll(async () => {
  await page?.evaluate(() => (globalThis as unknown as { benchDatabase: { delete(): Promise<void> } }).benchDatabase.delete()).catch(() => undefined);
  await browser?.close();
});

function report(title: string, fastMs: number, naiveMs: number, note = ""): void {
  console.info(`[bench] ${title}: ${fastMs.toFixed(1)} ms vs naive ${naiveMs.toFixed(1)} ms → ${(naiveMs / fastMs).toFixed(1)}× faster${note}`);
}

test(`load ${RECORDS.toLocaleString("en")} incidents: one bulk read vs one transaction per record`, async () => {
  const result = await page.evaluate(async (subsample) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = globalThis as any;
    const table = g.benchDatabase.table("incidents");
    let best = Infinity;
    let count = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const all = await table.toArray();
      best = Math.min(best, performance.now() - started);
      count = all.length;
      g.benchRecords = all;
    }
    const startedNaive = performance.now();
    let naiveCount = 0;
    for (const id of g.benchIds.slice(0, subsample)) if (await g.benchDatabase.transaction("r", table, () => table.get(id))) naiveCount += 1;
    return { bulkMs: best, count, naiveMs: performance.now() - startedNaive, naiveCount };
  }, NAIVE_LOAD_SUBSAMPLE);
  expect(result.count).toBe(RECORDS);
  expect(result.naiveCount).toBe(NAIVE_LOAD_SUBSAMPLE);
  const factor = RECORDS / NAIVE_LOAD_SUBSAMPLE;
  report("load all incidents", result.bulkMs, result.naiveMs * factor, ` (naive measured on ${NAIVE_LOAD_SUBSAMPLE.toLocaleString("en")} records: ${result.naiveMs.toFixed(0)} ms, ×${factor})`);
});

test("filter by category + time range (sorted by time): query index vs Array.filter + sort", async () => {
  const result = await page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = globalThis as any;
    const b = g.incidentBench;
    const records = g.benchRecords;
    const builtAt = performance.now();
    const searchable = (record: { title: string; description: string }) => `${record.title} ${record.description}`;
    const index = new b.IncidentQueryIndex(records, searchable);
    const buildMs = performance.now() - builtAt;
    // An edit replaces one record object; the rebuild reuses every other record's cached text and times.
    const edited = records.slice();
    edited[500] = { ...edited[500], title: "Đã sửa" };
    const rebuiltAt = performance.now();
    new b.IncidentQueryIndex(edited, searchable);
    const rebuildMs = performance.now() - rebuiltAt;
    const from = Date.UTC(2025, 11, 1);
    const to = Date.UTC(2026, 1, 1);
    const filter = { ...b.emptyFilter(), categories: new Set(["ma-tuy"]), from, to };
    const time = (run: () => number, repeats: number) => {
      let best = Infinity;
      let size = 0;
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        size = run();
        best = Math.min(best, performance.now() - started);
      }
      return { best, size };
    };
    index.query(filter, "occurred-desc"); // the sort order is built once per data change
    const fast = time(() => index.query(filter, "occurred-desc").length, 20);
    const naive = time(
      () =>
        records
          .filter((record: { category: string; occurredAt: string; deletedAt: string | null }) => {
            const at = Date.parse(record.occurredAt);
            return !record.deletedAt && record.category === "ma-tuy" && at >= from && at <= to;
          })
          .sort((a: { occurredAt: string }, c: { occurredAt: string }) => Date.parse(c.occurredAt) - Date.parse(a.occurredAt)).length,
      5,
    );
    const search = time(() => index.query({ ...b.emptyFilter(), text: "vu viec mau so 4242" }, "occurred-desc").length, 10);
    return { buildMs, rebuildMs, fast, naive, search };
  });
  expect(result.fast.size).toBe(result.naive.size);
  expect(result.fast.best).toBeLessThan(100);
  report(`filter (${result.fast.size.toLocaleString("en")} matches)`, result.fast.best, result.naive.best);
  console.info(`[bench] build the query index: first ${result.buildMs.toFixed(0)} ms, after editing one record ${result.rebuildMs.toFixed(0)} ms; accent-insensitive search "vu viec mau so 4242" (${result.search.size} matches): ${result.search.best.toFixed(1)} ms`);
});

test("attribute incidents to villages: PolygonIndex vs Turf point-in-polygon without an index", async () => {
  const result = await page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = globalThis as any;
    const b = g.incidentBench;
    const records = g.benchRecords as { lon: number; lat: number }[];
    const startedFast = performance.now();
    const locator = new b.VillageLocator(g.benchVillages, g.benchCommune);
    const fast = records.map((record) => locator.villageAt(record.lon, record.lat)?.villageId ?? null);
    const fastMs = performance.now() - startedFast;
    const startedNaive = performance.now();
    const naive = records.map((record) => {
      const found = g.benchVillages.features.find((village: unknown) => b.booleanPointInPolygon([record.lon, record.lat], village));
      return found ? found.properties.id : null;
    });
    const naiveMs = performance.now() - startedNaive;
    let agree = 0;
    for (let i = 0; i < fast.length; i++) if (fast[i] === naive[i]) agree += 1;
    return { fastMs, naiveMs, agree, attributed: fast.filter(Boolean).length };
  });
  expect(result.agree).toBe(RECORDS);
  report(`village attribution (${result.attributed.toLocaleString("en")} inside a village)`, result.fastMs, result.naiveMs);
});
