// Issue #12: records arriving in an exchange package are checked against the
// stored type's schema before anything is written. A drill with only id,
// updatedAt and revisions used to be stored as is and blank the whole app
// ("e is not iterable"); now it is refused with a Vietnamese message naming
// the record and the field. Also: a manifest without createdBy, a version
// given as the string "1", an unreadable createdAt, a layer id listed twice.

import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { convertExchangeFile } from "../../src/io/detect-format";
import { readExchangePackage } from "../../src/io/package/read-package";
import { handMadeEntries, handMadeZip, POINT_LAYER, VALID_DRILL } from "./hostile-package-helpers";

const BAD_DRILL = [{ id: "bad-drill-1", updatedAt: "2026-01-01T00:00:00Z", revisions: [] }];

async function refusal(spec: Parameters<typeof handMadeEntries>[0]): Promise<string> {
  const read = await readExchangePackage(await handMadeEntries(spec), "goi.zip");
  if (read.ok) throw new Error("the package was accepted");
  return read.message;
}

function expectVietnameseOnly(message: string) {
  expect(message).not.toMatch(/TypeError|undefined|Invalid Date|is not iterable|\[object Object\]/);
  expect(message).toContain("Chưa có dữ liệu nào được thay đổi");
}

describe("records are checked against their schema before any write", () => {
  test("the minimal drill of the issue is refused, naming the record and the field", async () => {
    const message = await refusal({ records: { drills: BAD_DRILL } });
    expect(message).toContain("Kế hoạch diễn tập “bad-drill-1”");
    expect(message).toContain("trường “name” bị thiếu");
    expect(message).toContain("records/drills.json");
    expectVietnameseOnly(message);
  });

  test("the same package through “Nhập dữ liệu” (zip) is refused the same way", async () => {
    const zip = await handMadeZip({ records: { drills: BAD_DRILL } });
    const conversion = await convertExchangeFile(new Blob([zip as Uint8Array<ArrayBuffer>]), "goi.zip");
    expect(conversion.kind).toBe("package");
    if (conversion.kind === "package") {
      expect(conversion.read.ok).toBe(false);
      if (!conversion.read.ok) expect(conversion.read.message).toContain("bad-drill-1");
    }
  });

  test("a complete drill passes, and comes out equal to what went in", async () => {
    const read = await readExchangePackage(await handMadeEntries({ records: { drills: [VALID_DRILL] } }), "goi.zip");
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.content.drills).toEqual([VALID_DRILL]);
  });

  test.each([
    ["forces that are not a list", { ...VALID_DRILL, forces: "nhiều" }, "trường “forces” phải là một danh sách"],
    ["an element with a garbage coordinate", { ...VALID_DRILL, elements: [{ ...VALID_DRILL.elements[0], geometry: { type: "Point", coordinates: [105.4, "18,3"] } }] }, "elements[0].geometry"],
    ["an unknown drill type", { ...VALID_DRILL, type: "tan-cong" }, "trường “type” không thuộc các giá trị được phép"],
    ["a date that is no day", { ...VALID_DRILL, date: "2026-13-45" }, "trường “date”"],
  ])("a drill with %s is refused", async (_label, drill, expected) => {
    const message = await refusal({ records: { drills: [drill] } });
    expect(message).toContain(expected);
    expectVietnameseOnly(message);
  });

  test("inspections and patrols are checked too", async () => {
    const inspection = { id: "i1", markerId: "border-marker-484", date: "2026-11-20", inspector: "Trần B", condition: "nổ tung", responsibleTeam: "", notes: "", photoIds: [], updatedAt: "2026-11-20T00:00:00Z", revisions: ["2026-11-20T00:00:00Z"] };
    expect(await refusal({ records: { markerInspections: [inspection] } })).toContain("Lượt kiểm tra cột mốc “i1”: trường “condition”");
    const patrol = { id: "t1", date: "2026-11-20", communeParticipants: "", stationParticipants: "", checkedMarkerIds: [], trackMatchedMarkerIds: [], findings: "", track: { type: "LineString", coordinates: [[105.3, 95]] }, trackFileName: "", toleranceMetres: 100, updatedAt: "2026-11-20T00:00:00Z", revisions: ["2026-11-20T00:00:00Z"] };
    expect(await refusal({ records: { patrols: [patrol] } })).toContain("Nhật ký tuần tra “t1”: trường “track");
  });

  test("records come out exactly as they went in: a 3-D patrol track keeps its elevations", async () => {
    const patrol = {
      id: "t3d", date: "2026-11-20", communeParticipants: "A", stationParticipants: "B", checkedMarkerIds: ["border-marker-484"], trackMatchedMarkerIds: [], findings: "",
      track: { type: "LineString", coordinates: [[105.2592, 18.2595, 640.2], [105.272, 18.2605, 631]] }, trackFileName: "t.gpx", toleranceMetres: 100,
      updatedAt: "2026-11-20T00:00:00.000Z", revisions: ["2026-11-20T00:00:00.000Z"],
    };
    const read = await readExchangePackage(await handMadeEntries({ records: { patrols: [patrol], drills: [VALID_DRILL] } }), "goi.zip");
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.content.patrols).toEqual([patrol]);
      expect(read.content.drills).toEqual([VALID_DRILL]);
    }
  });

  test("one record id twice in a list is refused", async () => {
    expect(await refusal({ records: { drills: [VALID_DRILL, VALID_DRILL] } })).toContain("xuất hiện hai lần");
  });
});

describe("the manifest is checked against its schema", () => {
  test("a manifest without createdBy is read, the sender shown as “Không ghi tên” (was: merged but reported as failed)", async () => {
    const read = await readExchangePackage(await handMadeEntries({ layers: [{ id: "l1", name: "Chốt", collection: POINT_LAYER }], manifest: { createdBy: undefined } }), "goi.zip");
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.manifest.createdBy).toEqual({ name: "Không ghi tên", unit: "" });
  });

  test("version \"1\" (a string) is not called newer than 1", async () => {
    const message = await refusal({ manifest: { version: "1" } });
    expect(message).not.toContain("mới hơn");
    expect(message).toContain("phải là một số");
  });

  test("an unreadable createdAt is refused instead of showing “Invalid Date”", async () => {
    const message = await refusal({ manifest: { createdAt: "hôm qua" } });
    expect(message).toContain("createdAt");
    expectVietnameseOnly(message);
  });

  test("a layer id listed twice is refused instead of being added twice", async () => {
    const layer = { id: "same", name: "Chốt", collection: POINT_LAYER };
    const message = await refusal({ layers: [layer, { ...layer, name: "Chốt 2" }] });
    expect(message).toContain("hai lần lớp có mã “same”");
  });
});

describe("the exchange store checks records again before its transaction", () => {
  test("a malformed drill handed straight to apply() is refused and nothing is stored", async () => {
    const { AppDatabase } = await import("../../src/store/database");
    const { DrillExchangeStore, ExchangeRecordError } = await import("../../src/store/drills-border/drill-exchange.store");
    const database = new AppDatabase(`apply-${crypto.randomUUID()}`);
    const content = { layers: [], drills: [VALID_DRILL, ...BAD_DRILL], markerInspections: [], patrols: [], attachments: [] } as never;
    const context = { builtInLayers: new Map(), importedLayers: [], sourceFileName: "goi.zip", addLayer: async () => undefined };
    await expect(new DrillExchangeStore(database).apply(content, context)).rejects.toBeInstanceOf(ExchangeRecordError);
    expect(await database.table("drills").count()).toBe(0);
    await database.delete();
  });
});
