// The drill model: H-hour phases, the situation at a phase, replay order,
// after-action deviation, route metrics and the three conflicts.

import { describe, expect, test } from "vitest";
import type { Feature, LineString, Polygon } from "geojson";
import { newDrillPlan, type DrillElement, type DrillPhase, type DrillPlan } from "../../src/domain/drill-plan";
import { hHourLabel, plannedClock, replaySequence, situationAt, startDeviationMinutes } from "../../src/domain/drill-phases";
import { findDrillConflicts } from "../../src/geo/drills/drill-conflicts";
import { routeLengthKm, routeTravelTimes } from "../../src/geo/drills/drill-route-metrics";
import { borderBelt } from "../../src/geo/border-protection/border-belt";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const phase = (id: string, name: string, offsetMinutes: number): DrillPhase => ({ id, name, offsetMinutes, checklist: [], actualStart: "", reviewNotes: "" });

// A square commune 0.1° wide, with the border running along its west edge (lon 105.3).
const commune: Feature<Polygon> = deepFreeze({
  type: "Feature",
  properties: {},
  geometry: { type: "Polygon", coordinates: [[[105.3, 18.2], [105.4, 18.2], [105.4, 18.3], [105.3, 18.3], [105.3, 18.2]]] },
});
const border: Feature<LineString> = deepFreeze({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[105.3, 18.1], [105.3, 18.4]] } });
const belt = borderBelt(border, commune, 1000);

function samplePlan(): DrillPlan {
  const plan = newDrillPlan("drill-1", "2026-05-01T00:00:00.000Z", { name: "Diễn tập 2026", type: "chien-dau-phong-thu-xa", date: "2026-06-10", hHour: "07:00" });
  plan.forces = [
    { id: "f-dq", name: "Trung đội dân quân cơ động", kind: "dan-quan", strength: 30, speedKmh: 4 },
    { id: "f-ca", name: "Công an xã", kind: "cong-an", strength: 8, speedKmh: 30 },
  ];
  // Deliberately out of order: the timeline sorts by H-hour offset.
  plan.phases = [phase("p2", "Tổ chức chiến đấu", 30), phase("p1", "Báo động, tập kết", -15), phase("p3", "Thực hành", 120)];
  const elements: DrillElement[] = [
    { id: "e-assembly", kind: "assembly-point", name: "Điểm tập kết UBND", phaseId: "p1", forceIds: ["f-dq"], geometry: { type: "Point", coordinates: [105.35, 18.25] } },
    { id: "e-cp", kind: "command-post", name: "Sở chỉ huy", phaseId: "p1", forceIds: ["f-ca"], geometry: { type: "Point", coordinates: [105.36, 18.25] } },
    // About 5.3 km east–west, inside the commune and clear of the 1 km belt.
    { id: "e-route", kind: "route", name: "Tuyến cơ động 1", phaseId: "p2", forceIds: ["f-dq", "f-ca"], geometry: { type: "LineString", coordinates: [[105.34, 18.25], [105.39, 18.25]] } },
    { id: "e-block", kind: "blocking-point", name: "Chốt chặn cầu", phaseId: "p3", forceIds: ["f-dq"], geometry: { type: "Point", coordinates: [105.38, 18.22] } },
  ];
  plan.elements = elements;
  return deepFreeze(plan);
}

describe("phases on the H-hour timeline", () => {
  test("labels and clock times follow H-hour", () => {
    expect([hHourLabel(-15), hHourLabel(0), hHourLabel(45), hHourLabel(75)]).toEqual(["H-15", "H", "H+45", "H+1:15"]);
    expect(plannedClock({ hHour: "07:00" }, { offsetMinutes: -15 })).toBe("06:45");
    expect(plannedClock({ hHour: "23:30" }, { offsetMinutes: 45 })).toBe("00:15");
    expect(plannedClock({ hHour: "7h" }, { offsetMinutes: 0 })).toBeNull();
  });

  test("replay steps through phases in timeline order, whatever the order they were entered", () => {
    expect(replaySequence(samplePlan().phases)).toEqual(["p1", "p2", "p3"]);
  });

  test("the situation at a phase shows earlier phases as past, this one as current, later ones not at all", () => {
    const plan = samplePlan();
    const atP2 = situationAt(plan, "p2");
    expect(atP2.map(({ element, state }) => [element.id, state])).toEqual([
      ["e-assembly", "past"],
      ["e-cp", "past"],
      ["e-route", "current"],
    ]);
    expect(situationAt(plan, "p1").map(({ element }) => element.id)).toEqual(["e-assembly", "e-cp"]);
    expect(situationAt(plan, null)).toHaveLength(4);
  });

  test("after-action deviation is actual minus planned start, across midnight too", () => {
    const late = { ...phase("x", "x", 30), actualStart: "07:42" };
    expect(startDeviationMinutes({ hHour: "07:00" }, late)).toBe(12);
    expect(startDeviationMinutes({ hHour: "23:50" }, { ...phase("y", "y", 20), actualStart: "00:05" })).toBe(-5);
    expect(startDeviationMinutes({ hHour: "07:00" }, phase("z", "z", 0))).toBeNull();
  });
});

describe("routes", () => {
  test("length and travel time per force at its planned speed", () => {
    const route = samplePlan().elements[2];
    const km = routeLengthKm(route.geometry as LineString);
    expect(km).toBeGreaterThan(5.2);
    expect(km).toBeLessThan(5.35);
    const times = routeTravelTimes(route, samplePlan().forces);
    expect(times.map((time) => [time.forceId, time.minutes])).toEqual([
      ["f-dq", Math.round((km / 4) * 60)],
      ["f-ca", Math.round((km / 30) * 60)],
    ]);
  });
});

describe("conflicts", () => {
  const context = { commune, borderBelt: belt };

  test("a clean plan has none", () => {
    expect(belt).not.toBeNull();
    expect(findDrillConflicts(samplePlan(), context)).toEqual([]);
  });

  test("a route entering the border belt is flagged", () => {
    const plan = structuredClone(samplePlan());
    (plan.elements[2].geometry as LineString).coordinates[0] = [105.302, 18.25];
    const conflicts = findDrillConflicts(plan, context);
    expect(conflicts.map((conflict) => conflict.kind)).toEqual(["route-crosses-border-belt"]);
    expect(conflicts[0].message).toContain("vành đai biên giới");
    expect(conflicts[0].elementIds).toEqual(["e-route"]);
  });

  test("an assembly point outside the commune is flagged", () => {
    const plan = structuredClone(samplePlan());
    plan.elements[0].geometry = { type: "Point", coordinates: [105.45, 18.25] };
    const conflicts = findDrillConflicts(plan, context);
    expect(conflicts.map((conflict) => conflict.kind)).toEqual(["assembly-outside-commune"]);
  });

  test("a force at two places in one phase is flagged; the same force on a route in that phase is not", () => {
    const plan = structuredClone(samplePlan());
    plan.elements[3].phaseId = "p1"; // the militia now also holds the blocking point during p1
    const conflicts = findDrillConflicts(plan, context);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: "force-in-two-places", phaseId: "p1", elementIds: ["e-assembly", "e-block"] });
    expect(conflicts[0].message).toContain("Trung đội dân quân cơ động");
  });
});
