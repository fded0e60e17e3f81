// The other side of the quarantine: every record the app itself stores must
// pass its schema, or the start-up check would hide the officer's own data.
// Each repository writes a record here (fake-indexeddb) and the schema of its
// kind must accept it as read back.

import "fake-indexeddb/auto";
import { afterAll, expect, test } from "vitest";
import * as v from "valibot";
import { AppDatabase } from "../../src/store/database";
import { IncidentRepository, type IncidentInput } from "../../src/store/incidents/incident.repository";
import { DrillRepository } from "../../src/store/drills-border/drill.repository";
import { MarkerInspectionRepository } from "../../src/store/drills-border/marker-inspection.repository";
import { PatrolRepository } from "../../src/store/drills-border/patrol.repository";
import { ImportedLayerRepository } from "../../src/store/layers/imported-layer.repository";
import { newDrillPlan } from "../../src/domain/drill-plan";
import { incidentSchema } from "../../src/io/schemas/incident.schema";
import { drillPlanSchema } from "../../src/io/schemas/drill-plan.schema";
import { markerInspectionSchema } from "../../src/io/schemas/marker-inspection.schema";
import { patrolSchema } from "../../src/io/schemas/patrol.schema";
import { importedLayerSchema } from "../../src/io/schemas/imported-layer.schema";
import { sampleLayerFromDisk } from "./border-test-helpers";

const database = new AppDatabase(`schemas-${crypto.randomUUID()}`);
afterAll(() => database.delete());

function accepted(schema: v.GenericSchema, record: unknown): string[] {
  const result = v.safeParse(schema, record);
  return result.success ? [] : result.issues.map((issue) => `${issue.path?.map((item) => String(item.key)).join(".")}: ${issue.message}`);
}

test("what the repositories store passes the quarantine's schemas", async () => {
  const input: IncidentInput = {
    kind: "hotspot", title: "Điểm nóng ma túy", category: "ma-tuy", severity: "cao", occurredAt: "2026-03-02T08:30:00.000Z", description: "", involved: "",
    responsibleOfficer: "", lon: 105.42, lat: 18.31, villageId: "village-01", villageName: "Thôn Phúc Thọ", communeName: "Xã Vũ Quang",
    warnings: [{ kind: "border-belt", message: "Trong vành đai biên giới" }],
  };
  const incidents = new IncidentRepository(database);
  const created = await incidents.create(input, "Cán bộ A");
  await incidents.changeStatus(created.id, "dang-xac-minh", "Cán bộ A");
  const deleted = await incidents.softDelete(created.id, "Cán bộ A");
  expect(accepted(incidentSchema, await incidents.get(deleted.id))).toEqual([]);

  const plan = newDrillPlan("d1", "2026-11-01T00:00:00.000Z", { name: "Diễn tập 2026", type: "phoi-hop-don-bien-phong", date: "2026-12-01", hHour: "" });
  plan.forces = [{ id: "f1", name: "Dân quân", kind: "dan-quan", strength: 30, speedKmh: 4 }];
  plan.phases = [{ id: "p1", name: "Tập kết", offsetMinutes: -30, checklist: [{ id: "c1", who: "A", what: "B", done: false }], actualStart: "06:35", reviewNotes: "" }];
  plan.elements = [
    { id: "e1", kind: "route", name: "Tuyến 1", phaseId: "p1", forceIds: ["f1"], geometry: { type: "LineString", coordinates: [[105.4, 18.3], [105.41, 18.31]] } },
    { id: "e2", kind: "evacuation-area", name: "Khu sơ tán", phaseId: "", forceIds: [], capacity: 200, geometry: { type: "Polygon", coordinates: [[[105.4, 18.3], [105.41, 18.3], [105.41, 18.31], [105.4, 18.3]]] } },
  ];
  const saved = await new DrillRepository(database).save(plan);
  expect(accepted(drillPlanSchema, await new DrillRepository(database).get(saved.id))).toEqual([]);

  const inspection = await new MarkerInspectionRepository(database).add({ markerId: "border-marker-484", date: "2026-11-20", inspector: "Trần B", condition: "hu-hong", responsibleTeam: "", notes: "" });
  expect(accepted(markerInspectionSchema, inspection)).toEqual([]);
  const patrol = await new PatrolRepository(database).add({
    date: "2026-11-20", communeParticipants: "", stationParticipants: "", checkedMarkerIds: [], trackMatchedMarkerIds: [], findings: "", track: null, trackFileName: "", toleranceMetres: 100,
  });
  expect(accepted(patrolSchema, patrol)).toEqual([]);

  const layers = new ImportedLayerRepository(database);
  await layers.create({ name: "Cột mốc (từ gói)", color: "#b91c1c", sourceFileName: "goi.zip", collection: sampleLayerFromDisk("border-marker") });
  for (const record of await layers.list()) expect(accepted(importedLayerSchema, record)).toEqual([]);
});
