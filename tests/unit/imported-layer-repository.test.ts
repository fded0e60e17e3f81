// Imported layers in IndexedDB (fake-indexeddb): round trips, order, the
// all-or-nothing write of a layer with its features and map blob, features
// 1,000 per row, the blob of layers stored before v5, the feature rows of
// layers stored before v11, and deletion.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Feature, FeatureCollection } from "geojson";
import { AppDatabase } from "../../src/store/database";
import { ImportedLayerRepository } from "../../src/store/layers/imported-layer.repository";
import { layerFeatureChunksTable } from "../../src/store/layers/layer-feature-chunk.repository";

let database: AppDatabase;
let repository: ImportedLayerRepository;

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  repository = new ImportedLayerRepository(database);
});

afterEach(async () => {
  await database.delete();
});

function points(count: number): FeatureCollection {
  const features: Feature[] = Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    properties: { name: `Điểm ${index}` },
    geometry: { type: "Point", coordinates: [105.3 + index * 1e-5, 18.3] },
  }));
  return Object.freeze({ type: "FeatureCollection", features });
}

describe("ImportedLayerRepository", () => {
  test("a created layer and its features come back in file order after reopening the database", async () => {
    const { record: created } = await repository.create({ name: "Tuần tra", color: "#2563eb", sourceFileName: "tuan-tra.geojson", collection: points(2_500) });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.featureCount).toBe(2_500);
    expect(Date.parse(created.updatedAt)).not.toBeNaN();

    const reopened = new AppDatabase(database.name);
    const again = new ImportedLayerRepository(reopened);
    const [layer] = await again.list();
    expect(layer).toEqual(created);
    const collection = await again.loadFeatures(created.id);
    expect(collection.features).toHaveLength(2_500);
    expect(collection.features.map((feature) => feature.properties?.name)).toEqual(points(2_500).features.map((feature) => feature.properties?.name));
    reopened.close();
  });

  test("layers are listed in the order they were imported", async () => {
    const { record: first } = await repository.create({ name: "Một", color: "#000000", sourceFileName: "1.geojson", collection: points(1) });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const { record: second } = await repository.create({ name: "Hai", color: "#000000", sourceFileName: "2.geojson", collection: points(1) });
    expect((await repository.list()).map((layer) => layer.id)).toEqual([first.id, second.id]);
  });

  test("features are stored 1,000 per row, in file order", async () => {
    const { record } = await repository.create({ name: "Khối", color: "#000000", sourceFileName: "k.geojson", collection: points(2_500) });
    const rows = await layerFeatureChunksTable(database).where("layerId").equals(record.id).toArray();
    expect(rows.map(({ index, count }) => [index, count])).toEqual([[0, 1_000], [1_000, 1_000], [2_000, 500]]);
    expect(await database.features.count()).toBe(0);
  });

  test("a write that fails half-way leaves neither the layer nor any of its features", async () => {
    const chunks = layerFeatureChunksTable(database);
    const original = chunks.add.bind(chunks);
    let calls = 0;
    const spy = vi.spyOn(chunks, "add").mockImplementation(((record: never) => {
      calls += 1;
      if (calls === 2) throw new DOMException("Hết dung lượng", "QuotaExceededError");
      return original(record);
    }) as typeof chunks.add);
    await expect(repository.create({ name: "Lớn", color: "#000000", sourceFileName: "lon.geojson", collection: points(2_500) })).rejects.toThrow();
    spy.mockRestore();
    expect(calls).toBe(2);
    expect(await database.layers.count()).toBe(0);
    expect(await chunks.count()).toBe(0);
    expect(await database.table("layerBlobs").count()).toBe(0);
  });

  test("a layer stored before v11 (one row per feature) is read in file order and removed with its rows", async () => {
    const { record } = await repository.create({ name: "Cũ", color: "#000000", sourceFileName: "c.geojson", collection: points(1) });
    await layerFeatureChunksTable(database).where("layerId").equals(record.id).delete();
    const features = points(2_100).features;
    await database.features.bulkAdd(
      features.map((feature, index) => ({ id: crypto.randomUUID(), layerId: record.id, index, feature, updatedAt: record.updatedAt })).reverse(),
    );
    expect((await repository.loadFeatures(record.id)).features).toEqual(features);
    await repository.remove(record.id);
    expect(await database.features.count()).toBe(0);
  });

  test("the map's blob holds the same features, the bbox is stored, and progress is reported per chunk", async () => {
    const progress: number[] = [];
    const { record, blob } = await repository.create(
      { name: "Blob", color: "#000000", sourceFileName: "b.geojson", collection: points(2_500) },
      (written) => progress.push(written),
    );
    expect(progress).toEqual([1_000, 2_000, 2_500]);
    expect(record.bbox).toEqual([105.3, 18.3, 105.3 + 2_499 * 1e-5, 18.3]);
    const parsed = JSON.parse(await blob!.text()) as FeatureCollection;
    expect(parsed).toEqual(points(2_500));
    const stored = await repository.loadBlob(record.id);
    expect(JSON.parse(await stored!.text())).toEqual(parsed);
  });

  test("a layer stored before v5 (no blob) gets one written from its feature rows", async () => {
    const { record } = await repository.create({ name: "Cũ", color: "#000000", sourceFileName: "c.geojson", collection: points(1_001) });
    await database.table("layerBlobs").delete(record.id);
    expect(await repository.loadBlob(record.id)).toBeNull();
    const blob = await repository.ensureBlob(record.id);
    expect((JSON.parse(await blob!.text()) as FeatureCollection).features).toHaveLength(1_001);
    expect(await repository.loadBlob(record.id)).not.toBeNull();
  });

  test("update changes only the given fields and moves updatedAt forward", async () => {
    const { record: created } = await repository.create({ name: "Cũ", color: "#000000", sourceFileName: "a.geojson", collection: points(3) });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const updated = await repository.update(created.id, { name: "Mới", color: "#ff0000", visible: false });
    expect(updated).toMatchObject({ name: "Mới", color: "#ff0000", visible: false, opacity: created.opacity, featureCount: 3 });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    await expect(repository.update("khong-co", { name: "x" })).rejects.toThrow(/Không tìm thấy lớp/);
  });

  test("remove deletes the layer and its features, and nothing of other layers", async () => {
    const { record: kept } = await repository.create({ name: "Giữ", color: "#000000", sourceFileName: "a.geojson", collection: points(4) });
    const { record: removed } = await repository.create({ name: "Xóa", color: "#000000", sourceFileName: "b.geojson", collection: points(5) });
    await repository.remove(removed.id);
    expect((await repository.list()).map((layer) => layer.id)).toEqual([kept.id]);
    expect(await layerFeatureChunksTable(database).where("layerId").equals(removed.id).count()).toBe(0);
    expect((await repository.loadFeatures(kept.id)).features).toEqual(points(4).features);
    expect(await repository.loadBlob(removed.id)).toBeNull();
    expect(await repository.loadBlob(kept.id)).not.toBeNull();
    expect((await repository.loadFeatures(removed.id)).features).toEqual([]);
  });
});
