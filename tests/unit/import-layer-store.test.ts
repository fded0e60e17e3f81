// The import worker's store (run here in Node with fake-indexeddb): a clean
// file is stored without its features leaving the worker; a file with
// problems stores nothing until "Chỉ nhập N đối tượng hợp lệ" asks for it by
// token; an unknown or forgotten token answers "expired"; a large layer is
// stored with its vector tiles instead of a GeoJSON blob, and deleting it
// deletes its tiles.

import "fake-indexeddb/auto";
import { afterAll, describe, expect, test } from "vitest";
import type { FeatureCollection } from "geojson";
import { AppDatabase } from "../../src/store/database";
import { forgetPendingImport, importGeoJsonFile, storePendingImport } from "../../src/workers/import-layer-store";
import { ImportedLayerRepository } from "../../src/store/layers/imported-layer.repository";
import { layerTilesTable, readLayerTile } from "../../src/store/layers/layer-tile.repository";
import { nationalCommunes } from "../../scripts/bench-data/national-communes";

const naming = Object.freeze({ name: "Lớp", color: "#2563eb", sourceFileName: "lop.geojson" });
const database = new AppDatabase();
afterAll(() => database.close());

function file(name: string, collection: unknown): File {
  return new File([JSON.stringify(collection)], name, { type: "application/geo+json" });
}

const point = (name: string, coordinates: number[]) => ({ type: "Feature", properties: { name }, geometry: { type: "Point", coordinates } });
const clean = Object.freeze({ type: "FeatureCollection", features: [point("A", [105.43, 18.33]), point("B", [105.44, 18.34])] });
const partly = Object.freeze({ type: "FeatureCollection", features: [point("A", [105.43, 18.33]), point("Sai", [105.43, 95]), point("B", [105.44, 18.34])] });

describe("import worker store", () => {
  test("a clean file is stored; the answer carries the record and the report but no features and no blob", async () => {
    const fractions: number[] = [];
    const outcome = await importGeoJsonFile(file("sach.geojson", clean), naming, (fraction) => fractions.push(fraction));
    expect(outcome.kind).toBe("stored");
    if (outcome.kind !== "stored") return;
    expect(outcome.summary).not.toHaveProperty("collection");
    expect(outcome.record.featureCount).toBe(2);
    expect(outcome).not.toHaveProperty("blob");
    const blob = await new ImportedLayerRepository(database).loadBlob(outcome.record.id);
    expect((JSON.parse(await blob!.text()) as FeatureCollection).features.map((feature) => feature.properties?.name)).toEqual(["A", "B"]);
    expect((await new ImportedLayerRepository(database).loadFeatures(outcome.record.id)).features).toHaveLength(2);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  test("a file with problems stores nothing until its valid features are asked for by token", async () => {
    const before = await database.layers.count();
    const outcome = await importGeoJsonFile(file("mot-phan.geojson", partly), naming, () => {});
    expect(outcome.kind).toBe("rejected");
    if (outcome.kind !== "rejected") return;
    expect(outcome.summary.validFeatureCount).toBe(2);
    expect(outcome.summary.problems.length).toBeGreaterThan(0);
    expect(outcome.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(await database.layers.count()).toBe(before);

    const stored = await storePendingImport(outcome.token!, naming, () => {});
    expect(stored.kind).toBe("stored");
    if (stored.kind === "stored") expect(stored.record.featureCount).toBe(2);
    expect(await database.layers.count()).toBe(before + 1);
    expect((await storePendingImport(outcome.token!, naming, () => {})).kind).toBe("expired");
  });

  test("a forgotten token is expired and stores nothing", async () => {
    const outcome = await importGeoJsonFile(file("bo.geojson", partly), naming, () => {});
    if (outcome.kind !== "rejected" || !outcome.token) throw new Error("expected a token");
    forgetPendingImport(outcome.token);
    const before = await database.layers.count();
    expect((await storePendingImport(outcome.token, naming, () => {})).kind).toBe("expired");
    expect(await database.layers.count()).toBe(before);
  });

  test("a large layer is stored with its vector tiles instead of a blob; deleting the layer deletes them", { timeout: 60_000 }, async () => {
    const stages: string[] = [];
    const outcome = await importGeoJsonFile(file("toan-quoc.geojson", nationalCommunes(25)), naming, (_, stage) => stages.push(stage));
    if (outcome.kind !== "stored") throw new Error(`expected stored, got ${outcome.kind}`);
    const { record } = outcome;
    expect(await new ImportedLayerRepository(database).loadBlob(record.id)).toBeNull();
    expect(stages).toContain("Đang cắt lớp thành ô bản đồ");
    expect(record.vectorTiles?.maxZoom).toBe(10);
    expect(record.vectorTiles?.tileCount).toBeGreaterThan(100);
    expect(await layerTilesTable(database).where("layerId").equals(record.id).count()).toBe(record.vectorTiles?.tileCount);
    expect(await database.table("layerBlobs").get(record.id)).toBeUndefined();
    expect((await new ImportedLayerRepository(database).loadFeatures(record.id)).features).toHaveLength(3_321);
    const overview = await layerTilesTable(database).where("layerId").equals(record.id).filter((tile) => tile.z === 5).first();
    expect((await readLayerTile(database, record.id, overview!.z, overview!.x, overview!.y))?.byteLength).toBe(overview!.data.byteLength);
    expect(await readLayerTile(database, record.id, 0, 0, 0)).toBeNull();

    await new ImportedLayerRepository(database).remove(record.id);
    expect(await layerTilesTable(database).where("layerId").equals(record.id).count()).toBe(0);
  });
});
