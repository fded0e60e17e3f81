// Marker register: latest inspection wins over the layer's facts, patrol checks
// count as inspection dates, and overdue follows the configurable interval.

import { describe, expect, test } from "vitest";
import { buildRegister, daysBetween, isOverdue, type MarkerBase, type MarkerInspection } from "../../src/domain/border-marker-register";
import { markerBasesFrom } from "../../src/domain/border-marker-base";
import { sampleLayerFromDisk } from "./border-test-helpers";

const base = (id: string, number: number, lastInspected: string): MarkerBase =>
  Object.freeze({ id, number, label: `Cột mốc ${number}`, markerType: "chinh", condition: "tot", lastInspected, responsibleTeam: "Tổ A", lon: 105.3, lat: 18.25 });

const inspection = (markerId: string, date: string, condition: MarkerInspection["condition"], inspector = "Nguyễn Văn A"): MarkerInspection =>
  Object.freeze({ id: `${markerId}-${date}`, markerId, date, inspector, condition, responsibleTeam: "", notes: "", photoIds: [], updatedAt: `${date}T08:00:00.000Z`, revisions: [] });

describe("overdue logic", () => {
  test("days between dates and the interval boundary", () => {
    expect(daysBetween("2026-01-31", "2026-03-02")).toBe(30);
    expect(isOverdue("2026-01-31", "2026-03-02", 30)).toBe(false);
    expect(isOverdue("2026-01-30", "2026-03-02", 30)).toBe(true);
    expect(isOverdue("", "2026-03-02", 30), "never inspected").toBe(true);
  });

  test("the register takes the latest inspection and patrol check, and flags overdue markers", () => {
    const markers = [base("m-486", 486, "2026-01-20"), base("m-484", 484, "2026-02-20"), base("m-485", 485, "2026-01-01")];
    const register = buildRegister(
      markers,
      [inspection("m-486", "2026-03-01", "bi-che-lap", "Trần B"), inspection("m-486", "2026-02-01", "tot")],
      "2026-03-10",
      30,
      [{ markerId: "m-485", date: "2026-03-05", inspector: "Tuần tra 05/3" }],
    );
    expect(register.map((entry) => entry.number)).toEqual([484, 485, 486]);
    const [m484, m485, m486] = register;
    expect(m486).toMatchObject({ lastInspected: "2026-03-01", condition: "bi-che-lap", lastInspector: "Trần B", inspectionCount: 2, overdue: false });
    expect(m485).toMatchObject({ lastInspected: "2026-03-05", condition: "tot", lastInspector: "Tuần tra 05/3", overdue: false });
    expect(m484).toMatchObject({ lastInspected: "2026-02-20", overdue: false, daysSinceInspection: 18 });
    expect(buildRegister(markers, [], "2026-03-10", 14).filter((entry) => entry.overdue).map((entry) => entry.number)).toEqual([484, 485, 486]);
  });

  test("reads the sample border-marker layer", () => {
    const bases = markerBasesFrom(sampleLayerFromDisk("border-marker"));
    expect(bases.length).toBeGreaterThan(5);
    expect(bases[0]).toMatchObject({ id: "border-marker-484", number: 484 });
  });
});
