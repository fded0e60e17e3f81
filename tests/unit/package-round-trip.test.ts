// The exchange package: export → import into a fresh profile gives the same
// records, photos and layers; checksums are verified; bad packages change
// nothing; a second import reports unchanged/updated/conflicting correctly.

import "fake-indexeddb/auto";
import { afterEach, describe, expect, test } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { FeatureCollection } from "geojson";
import { AppDatabase } from "../../src/store/database";
import { DrillRepository } from "../../src/store/drills-border/drill.repository";
import { MarkerInspectionRepository } from "../../src/store/drills-border/marker-inspection.repository";
import { PatrolRepository } from "../../src/store/drills-border/patrol.repository";
import { DrillExchangeStore, type ApplyContext } from "../../src/store/drills-border/drill-exchange.store";
import { newDrillPlan } from "../../src/domain/drill-plan";
import { writeExchangePackage } from "../../src/io/package/write-package";
import { readExchangePackage } from "../../src/io/package/read-package";
import { MANIFEST_PATH } from "../../src/io/package/package-manifest";
import { sampleLayerFromDisk } from "./border-test-helpers";

const databases: AppDatabase[] = [];
function freshDatabase(): AppDatabase {
  const database = new AppDatabase(`package-test-${crypto.randomUUID()}`);
  databases.push(database);
  return database;
}
afterEach(async () => {
  for (const database of databases.splice(0)) await database.delete();
});

const HEADER = { createdAt: "2026-11-23T08:00:00.000Z", createdBy: { name: "Nguyễn Văn A", unit: "Ban CHQS xã Vũ Quang" }, commune: "Vũ Quang", note: "" };

async function seed(database: AppDatabase) {
  const drills = new DrillRepository(database);
  const plan = newDrillPlan("drill-1", "2026-11-01T00:00:00.000Z", { name: "Diễn tập 2026", type: "chien-dau-phong-thu-xa", date: "2026-12-01", hHour: "07:00" });
  plan.phases = [{ id: "p1", name: "Tập kết", offsetMinutes: 0, checklist: [{ id: "c1", who: "Chỉ huy trưởng", what: "Báo động", done: true }], actualStart: "07:05", reviewNotes: "Chậm 5 phút" }];
  plan.elements = [{ id: "e1", kind: "assembly-point", name: "Điểm tập kết", phaseId: "p1", forceIds: [], geometry: { type: "Point", coordinates: [105.4, 18.3] } }];
  const savedPlan = await drills.save(plan);
  const inspections = new MarkerInspectionRepository(database);
  const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], "moc-484.jpg", { type: "image/jpeg" });
  const inspection = await inspections.add(
    { markerId: "border-marker-484", date: "2026-11-20", inspector: "Trần B", condition: "bi-che-lap", responsibleTeam: "Tổ tự quản thôn Ngàn Trươi", notes: "Cây đổ che mốc", position: { lon: 105.259, lat: 18.2592, accuracyMetres: 9 } },
    [photo],
    // Taken in the field: when and where travel with the photo.
    [{ capturedAt: "2026-11-20T02:15:00.000Z", position: { lon: 105.259, lat: 18.2592, accuracyMetres: 9 } }],
  );
  const patrol = await new PatrolRepository(database).add({
    date: "2026-11-20", communeParticipants: "Trần B", stationParticipants: "Đại úy Lê C", checkedMarkerIds: ["border-marker-484"], trackMatchedMarkerIds: ["border-marker-484"],
    findings: "Bình thường", track: { type: "LineString", coordinates: [[105.27, 18.26], [105.3, 18.25]] }, trackFileName: "t.gpx", toleranceMetres: 100,
  });
  return { savedPlan, inspection, patrol };
}

function context(added: { name: string; collection: FeatureCollection }[], builtIn = new Map<string, FeatureCollection>()): ApplyContext {
  return {
    builtInLayers: builtIn,
    importedLayers: added,
    sourceFileName: "goi.zip",
    addLayer: async (layer) => {
      added.push({ name: layer.name, collection: layer.collection });
    },
  };
}

async function exportFrom(database: AppDatabase, layers = [{ id: "border-marker", name: "Cột mốc biên giới", kind: "built-in" as const, color: "#b91c1c", collection: sampleLayerFromDisk("border-marker") }]) {
  const content = await new DrillExchangeStore(database).gather({ layers, drills: true, markerInspections: true, patrols: true });
  return writeExchangePackage(content, HEADER);
}

async function snapshot(database: AppDatabase) {
  const attachments = await database.table("markerAttachments").toArray();
  return {
    drills: await database.table("drills").toArray(),
    inspections: await database.table("markerInspections").toArray(),
    patrols: await database.table("patrols").toArray(),
    photos: await Promise.all(attachments.map(async ({ blob, ...meta }) => ({ ...meta, bytes: Array.from(new Uint8Array(await (blob as Blob).arrayBuffer())) }))),
  };
}

describe("package round trip", () => {
  test("export → import into a fresh profile gives the same data, with every checksum verified", async () => {
    const sender = freshDatabase();
    await seed(sender);
    const zip = await exportFrom(sender);
    const entries = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]));
    expect(manifest).toMatchObject({ format: "ban-do-qpan-xa/goi-trao-doi", version: 1, createdBy: HEADER.createdBy });
    expect(manifest.files.map((file: { path: string }) => file.path).sort()).toEqual(Object.keys(entries).filter((path) => path !== MANIFEST_PATH).sort());
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const read = await readExchangePackage(entries, "goi.zip");
    if (!read.ok) throw new Error(read.message);
    const receiver = freshDatabase();
    const layers: { name: string; collection: FeatureCollection }[] = [];
    const report = await new DrillExchangeStore(receiver).apply(read.content, context(layers));
    expect(report.records.drills).toEqual({ new: 1, unchanged: 0, updated: 0, conflict: 0 });
    expect(report.records.markerInspections.new).toBe(1);
    expect(report.records.patrols.new).toBe(1);
    expect(report.layers.new).toBe(1);
    expect(await snapshot(receiver)).toEqual(await snapshot(sender));
    expect(layers[0]).toEqual({ name: "Cột mốc biên giới", collection: sampleLayerFromDisk("border-marker") });

    // The same package again: nothing new, nothing duplicated.
    const again = await new DrillExchangeStore(receiver).apply(read.content, context(layers));
    expect(again.records.drills).toEqual({ new: 0, unchanged: 1, updated: 0, conflict: 0 });
    expect(again.layers.unchanged).toBe(1);
    expect(layers).toHaveLength(1);
  });

  test("a later edit on one side updates; edits on both sides keep both versions", async () => {
    const sender = freshDatabase();
    const { savedPlan } = await seed(sender);
    const receiver = freshDatabase();
    const first = await readExchangePackage(unzipSync(await exportFrom(sender)), "1.zip");
    if (!first.ok) throw new Error(first.message);
    await new DrillExchangeStore(receiver).apply(first.content, context([]));

    // A plan's revisions are told apart by their millisecond `updatedAt` (drill-record-revisions.ts):
    // wait past the millisecond between saves, as edits by people on two devices always are.
    const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 2));
    const senderDrills = new DrillRepository(sender);
    await nextMillisecond();
    const edited = await senderDrills.save({ ...savedPlan, hHour: "06:30" });
    const second = await readExchangePackage(unzipSync(await exportFrom(sender)), "2.zip");
    if (!second.ok) throw new Error(second.message);
    const updated = await new DrillExchangeStore(receiver).apply(second.content, context([]));
    expect(updated.records.drills.updated).toBe(1);
    expect((await new DrillRepository(receiver).get("drill-1"))?.hHour).toBe("06:30");

    // Now both edit the same plan.
    await nextMillisecond();
    await senderDrills.save({ ...edited, name: "Diễn tập 2026 – bản Đồn" });
    const receiverPlan = (await new DrillRepository(receiver).get("drill-1"))!;
    await nextMillisecond();
    await new DrillRepository(receiver).save({ ...receiverPlan, name: "Diễn tập 2026 – bản xã" });
    const third = await readExchangePackage(unzipSync(await exportFrom(sender)), "3.zip");
    if (!third.ok) throw new Error(third.message);
    const conflicting = await new DrillExchangeStore(receiver).apply(third.content, context([]));
    expect(conflicting.records.drills.conflict).toBe(1);
    expect(conflicting.conflicts[0]).toContain("Diễn tập 2026 – bản Đồn");
    const names = (await new DrillRepository(receiver).list()).map((plan) => plan.name).sort();
    expect(names).toEqual(["Diễn tập 2026 – bản xã", "Diễn tập 2026 – bản Đồn (bản nhận từ gói – xung đột)"]);
  });

  test("a built-in layer that differs from ours is added as a new layer; ours stays", async () => {
    const sender = freshDatabase();
    const markers = sampleLayerFromDisk("border-marker");
    const changed: FeatureCollection = { ...markers, features: markers.features.slice(1) };
    const zip = await exportFrom(sender, [{ id: "border-marker", name: "Cột mốc biên giới", kind: "built-in", color: "#b91c1c", collection: changed }]);
    const read = await readExchangePackage(unzipSync(zip), "goi.zip");
    if (!read.ok) throw new Error(read.message);
    const added: { name: string; collection: FeatureCollection }[] = [];
    const report = await new DrillExchangeStore(freshDatabase()).apply(read.content, context(added, new Map([["border-marker", markers]])));
    expect(report.layers.conflict).toBe(1);
    expect(added.map((layer) => layer.name)).toEqual(["Cột mốc biên giới (từ gói)"]);
  });
});

describe("bad packages change nothing", () => {
  async function packageEntries() {
    const sender = freshDatabase();
    await seed(sender);
    return unzipSync(await exportFrom(sender));
  }

  test("a file changed after export fails its SHA-256 check", async () => {
    const entries = await packageEntries();
    const drills = strFromU8(entries["records/drills.json"]).replace("Diễn tập 2026", "Diễn tập 2027");
    const tampered = unzipSync(zipSync({ ...entries, "records/drills.json": strToU8(drills) }));
    const result = await readExchangePackage(tampered, "goi.zip");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("records/drills.json");
      expect(result.message).toContain("SHA-256");
      expect(result.message).toContain("Chưa có dữ liệu nào được thay đổi");
    }
  });

  test("a package from a future version is refused", async () => {
    const entries = await packageEntries();
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]));
    const result = await readExchangePackage({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, version: 2 })) }, "moi.zip");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("phiên bản ứng dụng mới hơn");
  });

  test("a missing file or a zip without manifest is refused", async () => {
    const entries = await packageEntries();
    const { ["records/patrols.json"]: _removed, ...missing } = entries;
    const result = await readExchangePackage(missing, "thieu.zip");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("thiếu tệp “records/patrols.json”");
    const noManifest = await readExchangePackage({ "a.txt": strToU8("x") }, "khac.zip");
    expect(noManifest.ok).toBe(false);
  });
});
