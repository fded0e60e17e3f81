// Workspaces and their operational layers in IndexedDB (fake-indexeddb): a
// workspace is created with its first features and opened in one step; a
// feature edit names the version it was made on and a stale one is refused
// with both sides, nothing written; every change has its outbox entry; an
// import (append or replace) is undone in one step; workspaces never mix.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { EditConflictError } from "../../src/store/edit-conflict";
import { OutboxRepository } from "../../src/store/outbox.repository";
import { WorkspaceFeatureRepository } from "../../src/store/layers/workspace-feature.repository";
import { WorkspaceRepository } from "../../src/store/layers/workspace.repository";
import type { WorkspaceRecord } from "../../src/domain/workspace";

let database: AppDatabase;
let workspaces: WorkspaceRepository;
let features: WorkspaceFeatureRepository;

function workspace(id: string, code: string): WorkspaceRecord {
  return Object.freeze({
    id,
    kind: "communes",
    name: `Xã ${code}`,
    communes: [{ code, fullName: `Xã ${code}`, provinceCode: "42", provinceName: "Hà Tĩnh" }],
    bbox: [105, 18, 106, 19],
    createdAt: "2026-11-30T00:00:00.000Z",
    updatedAt: "2026-11-30T00:00:00.000Z",
  }) as WorkspaceRecord;
}

const post = (name: string, lon: number) => ({ geometry: { type: "Point" as const, coordinates: [lon, 18.3] }, properties: { name, strength: 12 } });

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  workspaces = new WorkspaceRepository(database);
  features = new WorkspaceFeatureRepository(database);
});

afterEach(async () => {
  await database.delete();
});

describe("workspaces", () => {
  test("nothing is open on first start; creating one opens it; opening another switches", async () => {
    expect(await workspaces.active()).toBeNull();
    await workspaces.create(workspace("a", "18313"), []);
    expect((await workspaces.active())?.id).toBe("a");
    await workspaces.create(workspace("b", "18316"), []);
    await workspaces.open("a");
    expect((await workspaces.active())?.id).toBe("a");
    await expect(workspaces.open("missing")).rejects.toThrow("Không tìm thấy vùng làm việc");
  });
});

describe("operational features", () => {
  test("create → edit with the right version → a stale edit is a conflict with both sides, nothing written", async () => {
    await workspaces.create(workspace("a", "18313"), []);
    const created = await features.create("a", "militia-post", post("Chốt 1", 105.4), "Cán bộ A");
    expect(created).toMatchObject({ version: 1, layerId: "militia-post", deletedAt: null });
    const edited = await features.update(created.key, 1, { properties: { name: "Chốt Khe Tre", strength: 15 } }, "Cán bộ A");
    expect(edited.version).toBe(2);

    const stale = features.update(created.key, 1, { properties: { name: "Chốt cũ", strength: 9 } }, "Cán bộ B");
    await expect(stale).rejects.toBeInstanceOf(EditConflictError);
    const conflict = (await stale.catch((error: unknown) => error)) as EditConflictError<{ properties: { name: string } }, { properties: { name: string } }>;
    expect(conflict.stored.properties.name).toBe("Chốt Khe Tre");
    expect(conflict.attempted.properties.name).toBe("Chốt cũ");
    expect(conflict.message).toContain("vừa được sửa ở nơi khác");
    expect((await features.get(created.key))?.properties).toMatchObject({ name: "Chốt Khe Tre", strength: 15 });

    const entries = await new OutboxRepository(database).pending();
    expect(entries.map((entry) => [entry.method, entry.path, entry.baseVersion])).toEqual([
      ["POST", "/collections/militia-post/items", 0],
      ["PUT", `/collections/militia-post/items/${created.featureId}`, 1],
    ]);
  });

  test("an import replacing a layer is undone in one step; other workspaces are untouched", async () => {
    await workspaces.create(workspace("a", "18313"), []);
    await workspaces.create(workspace("b", "18316"), []);
    const kept = await features.create("a", "militia-post", post("Chốt có sẵn", 105.4), "Cán bộ A");
    const other = await features.create("b", "militia-post", post("Chốt xã bên", 105.6), "Cán bộ A");

    const undo = await features.importFeatures("a", "militia-post", [post("Chốt nhập 1", 105.41), post("Chốt nhập 2", 105.42)], "replace", "Cán bộ A");
    const live = (id: string) => features.listWorkspace(id).then((rows) => rows.filter((row) => row.deletedAt === null).map((row) => row.properties.name).sort());
    expect(await live("a")).toEqual(["Chốt nhập 1", "Chốt nhập 2"]);

    await features.undoImport(undo, "Cán bộ A");
    expect(await live("a")).toEqual(["Chốt có sẵn"]);
    expect((await features.get(kept.key))?.version).toBe(3); // deleted by the import, restored by the undo
    expect(await live("b")).toEqual(["Chốt xã bên"]);
    expect((await features.get(other.key))?.version).toBe(1);
  });
});
