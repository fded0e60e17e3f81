// Undo/redo of an editing session over the real repository (fake-indexeddb):
// add → move → delete, undone and redone step by step, each step a new
// version with its own outbox entry; an undo after another tab changed the
// feature is refused with an EditConflictError and nothing is written; a new
// edit clears the redo stack.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { EditConflictError } from "../../src/store/edit-conflict";
import { WorkspaceFeatureRepository } from "../../src/store/layers/workspace-feature.repository";
import { EditHistory } from "../../src/app/editing/edit-history";

let database: AppDatabase;
let features: WorkspaceFeatureRepository;
let history: EditHistory;

const point = (lon: number) => ({ type: "Point" as const, coordinates: [lon, 18.3] });
const outboxCount = () => database.table("outbox").count();

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  features = new WorkspaceFeatureRepository(database);
  history = new EditHistory(features, () => "Cán bộ xã");
});

afterEach(async () => {
  await database.delete();
});

describe("EditHistory", () => {
  test("add, move, delete: undone back to nothing and redone to the end, each step a new version in the outbox", async () => {
    const created = await history.create("w", "militia-post", { geometry: point(105.4), properties: { name: "Chốt A", strength: 10 } }, "Thêm Chốt A");
    const moved = await history.update(created, { geometry: point(105.5) }, "Di chuyển Chốt A");
    await history.remove(moved, "Xóa Chốt A");
    expect(history.nextUndo?.label).toBe("Xóa Chốt A");
    expect(await outboxCount()).toBe(3);

    await history.undo();
    let stored = await features.get(created.key);
    expect(stored).toMatchObject({ deletedAt: null, version: 4, geometry: point(105.5) });
    await history.undo();
    stored = await features.get(created.key);
    expect(stored).toMatchObject({ deletedAt: null, version: 5, geometry: point(105.4) });
    await history.undo();
    stored = await features.get(created.key);
    expect(stored?.deletedAt).not.toBeNull();
    expect(stored?.version).toBe(6);
    expect(history.nextUndo).toBeUndefined();
    expect(await history.undo()).toBeNull();
    expect(await outboxCount()).toBe(6);

    await history.redo();
    expect(await features.get(created.key)).toMatchObject({ deletedAt: null, geometry: point(105.4), properties: { name: "Chốt A", strength: 10 } });
    await history.redo();
    expect((await features.get(created.key))?.geometry).toEqual(point(105.5));
    await history.redo();
    expect((await features.get(created.key))?.deletedAt).not.toBeNull();
    expect(history.nextRedo).toBeUndefined();
    expect(await outboxCount()).toBe(9);
  });

  test("an undo after the feature changed in another tab is refused and writes nothing; the step stays", async () => {
    const created = await history.create("w", "militia-post", { geometry: point(105.4), properties: { name: "Chốt A" } }, "Thêm Chốt A");
    const moved = await history.update(created, { geometry: point(105.5) }, "Di chuyển Chốt A");
    await features.update(moved.key, moved.version, { properties: { name: "Chốt A (tab khác)" } }, "tab khác");
    const before = await outboxCount();
    await expect(history.undo()).rejects.toBeInstanceOf(EditConflictError);
    expect(await outboxCount()).toBe(before);
    expect((await features.get(created.key))?.properties.name).toBe("Chốt A (tab khác)");
    expect(history.nextUndo?.label).toBe("Di chuyển Chốt A");
  });

  test("a new edit after an undo clears the redo stack", async () => {
    const created = await history.create("w", "hotspot", { geometry: point(105.4), properties: { name: "Điểm A" } }, "Thêm");
    await history.update(created, { geometry: point(105.45) }, "Di chuyển");
    const undone = await history.undo();
    expect(history.nextRedo?.label).toBe("Di chuyển");
    await history.update(undone!, { properties: { name: "Điểm B" } }, "Sửa thuộc tính");
    expect(history.nextRedo).toBeUndefined();
  });

  test("steps run one after the other even when fired together", async () => {
    const created = await history.create("w", "hotspot", { geometry: point(105.4), properties: { name: "Điểm A" } }, "Thêm");
    const moved = await history.update(created, { geometry: point(105.45) }, "Di chuyển");
    await Promise.all([history.undo(), history.undo()]);
    expect(await features.get(moved.key)).toMatchObject({ version: 4 });
    expect((await features.get(moved.key))?.deletedAt).not.toBeNull();
  });
});
