// Issue #12, High 2: two tabs of one profile silently undid each other's
// edits — tab 1 changed the title, tab 2 (opened on the same version) changed
// only the description, and the repository laid tab 2's whole field set over
// tab 1's save: the old title came back, version 3, no warning. Now a save
// carries the version it was opened on; a newer stored version is a conflict
// carrying both sides, and nothing is written.
// Each "tab" is its own Dexie connection to one IndexedDB database.

import "fake-indexeddb/auto";
import { afterEach, describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { IncidentRepository, type IncidentInput } from "../../src/store/incidents/incident.repository";
import { DrillRepository } from "../../src/store/drills-border/drill.repository";
import { EditConflictError } from "../../src/store/edit-conflict";
import { newDrillPlan } from "../../src/domain/drill-plan";

const INPUT: IncidentInput = Object.freeze({
  kind: "incident",
  title: "Gốc",
  category: "trom-cap",
  severity: "trung-binh",
  occurredAt: "2026-03-02T08:30:00.000Z",
  description: "Mô tả gốc",
  involved: "",
  responsibleOfficer: "Trung úy Trần Đức Thắng",
  lon: 105.42,
  lat: 18.31,
  villageId: null,
  villageName: null,
  communeName: null,
  warnings: [],
}) as IncidentInput;

const opened: AppDatabase[] = [];
function twoTabs(): [AppDatabase, AppDatabase] {
  const name = `tabs-${crypto.randomUUID()}`;
  const tabs: [AppDatabase, AppDatabase] = [new AppDatabase(name), new AppDatabase(name)];
  opened.push(...tabs);
  return tabs;
}
afterEach(async () => {
  const [first] = opened.splice(0);
  if (first) await first.delete();
});

async function conflictOf(promise: Promise<unknown>): Promise<EditConflictError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EditConflictError);
  return error as EditConflictError;
}

describe("incidents: two tabs editing one record", () => {
  test("the second save (opened on the old version) is a conflict with both values; the first edit is kept", async () => {
    const [tab1, tab2] = twoTabs();
    const created = await new IncidentRepository(tab1).create(INPUT, "Cán bộ A");
    const form1 = { ...(await new IncidentRepository(tab1).get(created.id))! };
    const form2 = { ...(await new IncidentRepository(tab2).get(created.id))! };

    const { id: _1, ...fields1 } = form1;
    await new IncidentRepository(tab1).update(created.id, { ...INPUT, ...pick(fields1), title: "Tiêu đề sửa ở tab 1" }, "Cán bộ A", form1.version);
    const { id: _2, ...fields2 } = form2;
    const conflict = await conflictOf(
      new IncidentRepository(tab2).update(created.id, { ...INPUT, ...pick(fields2), description: "Mô tả sửa ở tab 2" }, "Cán bộ B", form2.version),
    );

    expect(conflict.entity).toBe("incident");
    expect(conflict.baseVersion).toBe(1);
    expect(conflict.storedVersion).toBe(2);
    expect((conflict.stored as IncidentInput).title).toBe("Tiêu đề sửa ở tab 1");
    expect((conflict.attempted as IncidentInput).description).toBe("Mô tả sửa ở tab 2");
    expect(conflict.fields.sort()).toEqual(["description", "title"]);
    expect(conflict.message).toMatch(/vừa được sửa ở nơi khác/);

    const stored = await new IncidentRepository(tab1).get(created.id);
    expect(stored).toMatchObject({ title: "Tiêu đề sửa ở tab 1", description: "Mô tả gốc", version: 2 });
    expect(await new IncidentRepository(tab2).history(created.id)).toHaveLength(2);
  });

  test("reopened on the newer version, the second tab's edit saves and keeps the first tab's title", async () => {
    const [tab1, tab2] = twoTabs();
    const created = await new IncidentRepository(tab1).create(INPUT, "Cán bộ A");
    await new IncidentRepository(tab1).update(created.id, { ...INPUT, title: "Tiêu đề sửa ở tab 1" }, "Cán bộ A", 1);
    const reopened = (await new IncidentRepository(tab2).get(created.id))!;
    const saved = await new IncidentRepository(tab2).update(created.id, { ...pick(reopened), description: "Mô tả sửa ở tab 2" }, "Cán bộ B", reopened.version);
    expect(saved).toMatchObject({ title: "Tiêu đề sửa ở tab 1", description: "Mô tả sửa ở tab 2", version: 3 });
  });
});

describe("drills: two tabs editing one plan", () => {
  test("a plan saved from an older copy is a conflict; the newer plan stays", async () => {
    const [tab1, tab2] = twoTabs();
    const plan = await new DrillRepository(tab1).save(newDrillPlan("d1", "2026-11-01T00:00:00.000Z", { name: "Diễn tập 2026", type: "chien-dau-phong-thu-xa", date: "2026-12-01", hHour: "07:00" }));
    const copy2 = (await new DrillRepository(tab2).get("d1"))!;
    await new DrillRepository(tab1).save({ ...plan, hHour: "06:30" });
    const conflict = await conflictOf(new DrillRepository(tab2).save({ ...copy2, name: "Diễn tập 2026 – sửa ở tab 2" }));
    expect(conflict.fields.sort()).toEqual(["hHour", "name"]);
    expect(await new DrillRepository(tab1).get("d1")).toMatchObject({ name: "Diễn tập 2026", hHour: "06:30" });
  });
});

/** The form's editable field set, as the incident form sends it. */
function pick(record: IncidentInput): IncidentInput {
  const { kind, title, category, severity, occurredAt, description, involved, responsibleOfficer, lon, lat, villageId, villageName, communeName, warnings } = record;
  return { kind, title, category, severity, occurredAt, description, involved, responsibleOfficer, lon, lat, villageId, villageName, communeName, warnings };
}
