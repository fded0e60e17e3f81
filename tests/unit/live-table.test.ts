// The live copy of a large table (LiveTable over Dexie's storagemutated):
// a write through another connection to the same database — as another tab
// or a worker would make — is applied by reading only the written rows;
// untouched rows keep their object identity (the query index's cache relies
// on it); deletes and clears are followed.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { IncidentRepository, type IncidentInput } from "../../src/store/incidents/incident.repository";
import { LiveTable } from "../../src/store/live-table";
import type { IncidentRecord } from "../../src/domain/incident";
import { workspaceFeatureKey, type WorkspaceFeatureRecord } from "../../src/domain/workspace";

const INPUT = Object.freeze({
  kind: "incident",
  title: "Trộm trâu ở bãi chăn thả",
  category: "trom-cap",
  severity: "trung-binh",
  occurredAt: "2026-03-02T08:30:00.000Z",
  description: "",
  involved: "",
  responsibleOfficer: "",
  lon: 105.42,
  lat: 18.31,
  villageId: null,
  villageName: null,
  communeName: "Xã Vũ Quang",
  warnings: [],
}) as unknown as IncidentInput;

let viewer: AppDatabase;
let writer: AppDatabase;
let live: LiveTable<IncidentRecord>;
let notifications: number;
let unsubscribe: () => void;

async function settledRows(): Promise<readonly IncidentRecord[]> {
  // storagemutated fires after the commit, on a later task: let it arrive, then wait for the read.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await live.settled();
  return live.getSnapshot().rows ?? [];
}

beforeEach(() => {
  const name = `live-${crypto.randomUUID()}`;
  viewer = new AppDatabase(name);
  writer = new AppDatabase(name);
  live = new LiveTable<IncidentRecord>(viewer, "incidents");
  notifications = 0;
  unsubscribe = live.subscribe(() => notifications++);
});

afterEach(async () => {
  unsubscribe();
  viewer.close();
  await writer.delete();
});

describe("LiveTable", () => {
  test("follows creates and edits made through another connection, keeping untouched rows' identity", async () => {
    const repository = new IncidentRepository(writer);
    expect(await settledRows()).toEqual([]);
    const first = await repository.create(INPUT, "Cán bộ A");
    const second = await repository.create({ ...INPUT, title: "Đánh nhau ở chợ" }, "Cán bộ A");
    const rows = await settledRows();
    expect(rows.map((row) => row.title).sort()).toEqual(["Trộm trâu ở bãi chăn thả", "Đánh nhau ở chợ"].sort());
    const untouched = rows.find((row) => row.id === second.id);

    await repository.update(first.id, { title: "Trộm trâu (đã sửa)" }, "Cán bộ B");
    const after = await settledRows();
    expect(after.find((row) => row.id === first.id)?.title).toBe("Trộm trâu (đã sửa)");
    expect(after.find((row) => row.id === second.id)).toBe(untouched);
    expect(notifications).toBeGreaterThanOrEqual(3);
  });

  test("follows deletes and a cleared table", async () => {
    const repository = new IncidentRepository(writer);
    const created = await repository.create(INPUT, "Cán bộ A");
    await repository.create({ ...INPUT, title: "Vụ thứ hai" }, "Cán bộ A");
    expect(await settledRows()).toHaveLength(2);
    await writer.table("incidents").delete(created.id);
    expect((await settledRows()).map((row) => row.title)).toEqual(["Vụ thứ hai"]);
    await writer.table("incidents").clear();
    expect(await settledRows()).toEqual([]);
  });

  test("with a key prefix, a write to rows out of scope (another workspace's features) is not read at all", async () => {
    const scoped = new LiveTable<WorkspaceFeatureRecord>(viewer, "workspaceFeatures", { key: "key", where: { index: "workspaceId", equals: "xa-a" }, keyPrefix: workspaceFeatureKey("xa-a", "") });
    const stop = scoped.subscribe(() => undefined);
    const at = "2026-03-01T00:00:00.000Z";
    const feature = (workspaceId: string, featureId: string): WorkspaceFeatureRecord => ({
      key: workspaceFeatureKey(workspaceId, featureId), workspaceId, layerId: "militia-post", featureId, geometry: { type: "Point", coordinates: [105, 18] },
      properties: { id: featureId, name: featureId }, version: 1, createdAt: at, updatedAt: at, updatedBy: "Cán bộ A", deletedAt: null,
    });
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await scoped.settled();
      return (scoped.getSnapshot().rows ?? []).map((row) => row.key);
    };
    expect(await settled()).toEqual([]);
    const reads = vi.spyOn(viewer.table("workspaceFeatures"), "bulkGet");

    await writer.table("workspaceFeatures").bulkPut(Array.from({ length: 50 }, (_, index) => feature("xa-b", `chot-${index}`)));
    expect(await settled()).toEqual([]);
    expect(reads).not.toHaveBeenCalled();

    await writer.table("workspaceFeatures").bulkPut([feature("xa-a", "chot-1"), feature("xa-b", "chot-99")]);
    expect(await settled()).toEqual(["xa-a/chot-1"]);
    expect(reads.mock.calls).toEqual([[["xa-a/chot-1"]]]);
    stop();
  });
});
