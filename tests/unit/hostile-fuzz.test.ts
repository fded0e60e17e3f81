// Bounded fuzz test of the importers (issue #12): a few thousand generated
// malformed inputs per run, from a fixed seed (FUZZ_SEED to replay or vary):
//   - exchange packages: records, manifest and layers mutated (with correct
//     SHA-256, so the checks after the checksum are exercised), and zip bytes
//     damaged — read, then merged into a fake-indexeddb profile as the app does;
//   - GeoJSON files through the import worker's store (fake-indexeddb);
//   - KML text through the converter.
// Asserted for every input: no uncaught error; when refused, a Vietnamese
// message (diacritics, no engine wording) and the stored data unchanged; when
// accepted, only records that pass their schema are stored.

import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { strFromU8, strToU8, zipSync } from "fflate";
import * as v from "valibot";
import { convertExchangeFile } from "../../src/io/detect-format";
import { MANIFEST_PATH } from "../../src/io/package/package-manifest";
import { drillPlanSchema } from "../../src/io/schemas/drill-plan.schema";
import { markerInspectionSchema } from "../../src/io/schemas/marker-inspection.schema";
import { patrolSchema } from "../../src/io/schemas/patrol.schema";
import { AppDatabase } from "../../src/store/database";
import { DrillExchangeStore, ExchangeRecordError, type ApplyContext } from "../../src/store/drills-border/drill-exchange.store";
import { importGeoJsonFile } from "../../src/workers/import-layer-store";
import { handMadeEntries, POINT_LAYER, VALID_DRILL } from "./hostile-package-helpers";
import { hostileValue, isVietnameseMessage, mutateJson, mutateText, pick, seededRandom } from "./hostile-fuzz-helpers";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const PACKAGE_RUNS = 1_500;
const GEOJSON_RUNS = 1_500;
const KML_RUNS = 1_000;

const INSPECTION = { id: "i1", markerId: "border-marker-484", date: "2026-11-20", inspector: "Trần B", condition: "tot", responsibleTeam: "Tổ tự quản", notes: "", photoIds: [], updatedAt: "2026-11-20T00:00:00.000Z", revisions: ["2026-11-20T00:00:00.000Z"] };
const PATROL = {
  id: "t1", date: "2026-11-20", communeParticipants: "Trần B", stationParticipants: "Đại úy Lê C", checkedMarkerIds: ["border-marker-484"], trackMatchedMarkerIds: [],
  findings: "Bình thường", track: { type: "LineString", coordinates: [[105.27, 18.26], [105.3, 18.25]] }, trackFileName: "t.gpx", toleranceMetres: 100,
  updatedAt: "2026-11-20T00:00:00.000Z", revisions: ["2026-11-20T00:00:00.000Z"],
};
const LOCAL_DRILL = { ...VALID_DRILL, id: "drill-local", name: "Kế hoạch của máy này" };

const GEOJSON_BASE = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", id: "a", properties: { name: "Chốt 1", strength: 12 }, geometry: { type: "Point", coordinates: [105.4, 18.3] } },
    { type: "Feature", properties: { name: "Đường tuần tra" }, geometry: { type: "LineString", coordinates: [[105.4, 18.3], [105.41, 18.31], [105.42, 18.3]] } },
    {
      type: "Feature",
      properties: { name: "Khu A", nested: { level: [1, 2] } },
      geometry: { type: "Polygon", coordinates: [[[105.4, 18.3], [105.43, 18.3], [105.43, 18.33], [105.4, 18.33], [105.4, 18.3]], [[105.41, 18.31], [105.42, 18.31], [105.42, 18.32], [105.41, 18.31]]] },
    },
  ],
};

interface Tally {
  runs: number;
  refused: number;
  accepted: number;
  failures: string[];
}

const tallies: Record<string, Tally> = {};
function tally(name: string): Tally {
  tallies[name] ??= { runs: 0, refused: 0, accepted: 0, failures: [] };
  return tallies[name];
}

afterAll(() => {
  // The counts go to the report (issue #12 asks for them).
  for (const [name, counts] of Object.entries(tallies)) {
    console.info(`fuzz ${name}: ${counts.runs} inputs, ${counts.refused} refused, ${counts.accepted} accepted, ${counts.failures.length} failures (seed ${SEED})`);
  }
});

async function snapshot(database: AppDatabase): Promise<string> {
  const tables = ["drills", "markerInspections", "patrols", "markerAttachments"];
  return JSON.stringify(await Promise.all(tables.map((name) => database.table(name).toArray())));
}

async function resetProfile(database: AppDatabase): Promise<void> {
  await database.transaction("rw", ["drills", "markerInspections", "patrols", "markerAttachments"], async () => {
    for (const name of ["drills", "markerInspections", "patrols", "markerAttachments"]) await database.table(name).clear();
    await database.table("drills").put(LOCAL_DRILL);
  });
}

async function mutatedPackage(random: () => number): Promise<Uint8Array> {
  const records = { drills: [VALID_DRILL], markerInspections: [INSPECTION], patrols: [PATROL] } as Record<string, unknown>;
  let layers = [{ id: "l1", name: "Chốt", collection: POINT_LAYER as unknown }];
  const action = random();
  if (action < 0.45) {
    const kind = pick(random, ["drills", "markerInspections", "patrols"]);
    records[kind] = mutateJson(records[kind], random);
  } else if (action < 0.55) {
    layers = [{ ...layers[0], collection: mutateJson(POINT_LAYER, random) }];
  } else if (action < 0.75) {
    const entries = await handMadeEntries({ records, layers: layers as never });
    const manifest = mutateJson(JSON.parse(strFromU8(entries[MANIFEST_PATH])), random);
    return zipSync({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify(manifest)) });
  } else if (action < 0.85) {
    records.drills = [VALID_DRILL, { ...VALID_DRILL, [pick(random, Object.keys(VALID_DRILL))]: hostileValue(random) }];
  } else {
    // Damaged bytes: flipped, cut or repeated.
    const zip = zipSync(await handMadeEntries({ records, layers: layers as never }));
    const damaged = strToU8(mutateText(strFromU8(zip, true), random), true);
    return damaged;
  }
  return zipSync(await handMadeEntries({ records, layers: layers as never }));
}

function storedRecordsValid(stored: unknown[][]): boolean {
  const [drills, inspections, patrols] = stored;
  return (
    drills.every((record) => v.is(drillPlanSchema, record)) &&
    inspections.every((record) => v.is(markerInspectionSchema, record)) &&
    patrols.every((record) => v.is(patrolSchema, record))
  );
}

describe("fuzz: malformed input never breaks an importer", { timeout: 120_000 }, () => {
  test(`exchange packages (${PACKAGE_RUNS} inputs)`, async () => {
    const counts = tally("packages");
    const database = new AppDatabase(`fuzz-packages-${SEED}`);
    await resetProfile(database);
    const baseline = await snapshot(database);
    const random = seededRandom(SEED);
    for (let run = 0; run < PACKAGE_RUNS; run++) {
      counts.runs++;
      const addedLayers: string[] = [];
      const context: ApplyContext = { builtInLayers: new Map(), importedLayers: [], sourceFileName: "goi.zip", addLayer: async (layer) => addedLayers.push(layer.name) };
      try {
        const zip = await mutatedPackage(random);
        const conversion = await convertExchangeFile(new Blob([zip as Uint8Array<ArrayBuffer>]), "goi.zip");
        let refusal: string | null = null;
        if (conversion.kind === "refused") refusal = conversion.message;
        else if (conversion.kind === "package" && !conversion.read.ok) refusal = conversion.read.message;
        else if (conversion.kind === "package" && conversion.read.ok) {
          try {
            await new DrillExchangeStore(database).apply(conversion.read.content, context);
          } catch (error) {
            if (!(error instanceof ExchangeRecordError)) throw error;
            refusal = error.message;
          }
        } else if (conversion.kind === "converted") {
          // A damaged zip that still opened as something else: its problems must be Vietnamese too.
          for (const problem of [...conversion.result.fileProblems, ...conversion.result.problems]) {
            if (!isVietnameseMessage(problem.message)) counts.failures.push(`run ${run}: ${problem.message}`);
          }
        }
        if (refusal !== null) {
          counts.refused++;
          if (!isVietnameseMessage(refusal)) counts.failures.push(`run ${run}: not Vietnamese: ${refusal}`);
          if ((await snapshot(database)) !== baseline || addedLayers.length > 0) counts.failures.push(`run ${run}: stored data changed on refusal`);
        } else {
          counts.accepted++;
          const stored = JSON.parse(await snapshot(database)) as unknown[][];
          if (!storedRecordsValid(stored)) counts.failures.push(`run ${run}: a malformed record was stored`);
          await resetProfile(database);
        }
      } catch (error) {
        counts.failures.push(`run ${run}: uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        await resetProfile(database);
      }
    }
    await database.delete();
    expect(counts.failures.slice(0, 10)).toEqual([]);
    expect(counts.refused).toBeGreaterThan(PACKAGE_RUNS / 2);
  });

  test(`GeoJSON files through the import worker's store (${GEOJSON_RUNS} inputs)`, async () => {
    const counts = tally("geojson");
    const database = new AppDatabase();
    const random = seededRandom(SEED + 1);
    const baseText = JSON.stringify(GEOJSON_BASE);
    for (let run = 0; run < GEOJSON_RUNS; run++) {
      counts.runs++;
      const text = random() < 0.7 ? JSON.stringify(mutateJson(GEOJSON_BASE, random)) : mutateText(baseText, random);
      const before = await database.layers.count();
      try {
        const outcome = await importGeoJsonFile(new File([text], `lop-${run}.geojson`), { name: "Lớp", color: "#2563eb", sourceFileName: "lop.geojson" }, () => undefined);
        if (outcome.kind === "stored") {
          counts.accepted++;
          continue;
        }
        counts.refused++;
        const messages = outcome.kind === "rejected" ? [...outcome.summary.fileProblems, ...outcome.summary.problems].map((problem) => problem.message) : [outcome.failure.message];
        if (outcome.kind !== "rejected") counts.failures.push(`run ${run}: storage failed: ${outcome.failure.message}`);
        for (const message of messages) if (!isVietnameseMessage(message)) counts.failures.push(`run ${run}: not Vietnamese: ${message}`);
        if (messages.length === 0) counts.failures.push(`run ${run}: refused without a message`);
        if ((await database.layers.count()) !== before) counts.failures.push(`run ${run}: a layer was stored on refusal`);
      } catch (error) {
        counts.failures.push(`run ${run}: uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    database.close();
    expect(counts.failures.slice(0, 10)).toEqual([]);
    expect(counts.refused).toBeGreaterThan(GEOJSON_RUNS / 3);
  });

  test(`KML files through the converter (${KML_RUNS} inputs)`, async () => {
    const counts = tally("kml");
    const base = readFileSync("tests/fixtures/kml/google-earth-styled.kml", "utf8");
    const random = seededRandom(SEED + 2);
    for (let run = 0; run < KML_RUNS; run++) {
      counts.runs++;
      let text = base;
      for (let damage = 1 + Math.floor(random() * 3); damage > 0; damage--) text = mutateText(text, random);
      try {
        const conversion = await convertExchangeFile(new Blob([text]), `ban-do-${run}.kml`);
        if (conversion.kind === "refused") {
          counts.refused++;
          if (!isVietnameseMessage(conversion.message)) counts.failures.push(`run ${run}: not Vietnamese: ${conversion.message}`);
        } else if (conversion.kind === "converted") {
          const problems = [...conversion.result.fileProblems, ...conversion.result.problems];
          if (problems.length > 0) counts.refused++;
          else counts.accepted++;
          for (const problem of problems) if (!isVietnameseMessage(problem.message)) counts.failures.push(`run ${run}: not Vietnamese: ${problem.message}`);
        } else {
          counts.failures.push(`run ${run}: a KML answered ${conversion.kind}`);
        }
      } catch (error) {
        counts.failures.push(`run ${run}: uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    expect(counts.failures.slice(0, 10)).toEqual([]);
  });
});
