// Border belt membership and defence-land protection: what lies in the belt
// is within its width of the border; corridors flag what is inside; data
// problems (overlap, outside the commune, self-intersection) are reported.

import { describe, expect, test } from "vitest";
import { pointToLineDistance } from "@turf/turf";
import type { Feature, LineString, Point, Polygon, Position } from "geojson";
import { analyseBorderBelt } from "../../src/geo/border-protection/border-belt-analysis";
import { analyseProtection } from "../../src/geo/border-protection/protection-analysis";
import { AnalysisInputError } from "../../src/geo/analysis-results/analysis-errors";
import { sampleFeatures } from "./analysis-test-helpers";

const commune = sampleFeatures("commune");
const borderLine = sampleFeatures("border-line");
const markers = sampleFeatures("border-marker");
const villages = sampleFeatures("village");
const parcels = sampleFeatures("defence-land");

const square = (x: number, y: number, size: number, name: string): Feature<Polygon> => ({
  type: "Feature",
  properties: { id: name, name },
  geometry: { type: "Polygon", coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
});
const point = (id: string, coordinates: Position): Feature<Point> => ({ type: "Feature", properties: { id, name: id }, geometry: { type: "Point", coordinates } });

describe("border belt", () => {
  test("markers in the 1,000 m belt are exactly those within 1,000 m of the border", () => {
    const result = analyseBorderBelt({ borderLines: borderLine, area: commune, widthMetres: 1_000, layers: { markers, villages } });
    const inside = new Set(result.members.markers.map((row) => row.id));
    for (const marker of markers) {
      const metres = pointToLineDistance((marker.geometry as Point).coordinates, borderLine[0] as Feature<LineString>, { units: "meters" });
      if (Math.abs(metres - 1_000) < 15) continue;
      expect(inside.has(String(marker.properties?.id)), String(marker.properties?.id)).toBe(metres < 1_000);
    }
    expect(result.areaM2).toBeGreaterThan(0);
    expect(result.members.villages.length).toBeGreaterThan(0);
  });

  test("no border line → Vietnamese error; zero width → empty belt with a note", () => {
    expect(() => analyseBorderBelt({ borderLines: [], area: commune, widthMetres: 1_000, layers: {} })).toThrow(AnalysisInputError);
    const empty = analyseBorderBelt({ borderLines: borderLine, area: commune, widthMetres: 0, layers: { markers } });
    expect(empty.belt).toBeNull();
    expect(empty.members.markers).toEqual([]);
    expect(empty.warnings.join(" ")).toContain("bằng 0");
  });
});

describe("defence-land protection", () => {
  test("the sample parcels: corridors for all, no data problems", () => {
    const result = analyseProtection({ parcels, area: commune, widthMetres: 50, useParcelWidth: true, watched: [] });
    expect(result.corridors).toHaveLength(parcels.length);
    expect(result.problems).toEqual([]);
    for (const corridor of result.corridors) {
      expect(corridor.widthMetres).toBe(parcels.find((parcel) => parcel.properties?.id === corridor.id)?.properties?.corridorWidthM);
      expect(corridor.corridorAreaM2).toBeGreaterThan(0);
    }
  });

  test("incidents inside a parcel or its corridor are flagged, with which", () => {
    const parcel = square(105.4, 18.3, 0.01, "Thửa A");
    const inParcel = point("trong", [105.405, 18.305]);
    const inCorridor = point("hanh-lang", [105.4, 18.2997]); // ≈ 33 m south of the edge
    const outside = point("ngoai", [105.4, 18.299]); // ≈ 110 m south
    const result = analyseProtection({ parcels: [parcel], area: [], widthMetres: 50, useParcelWidth: true, watched: [{ kind: "incident", features: [inParcel, inCorridor, outside] }] });
    expect(result.flags.map((flag) => [flag.id, flag.where])).toEqual([["trong", "parcel"], ["hanh-lang", "corridor"]]);
    expect(result.warnings.join(" ")).toContain("Chưa có ranh giới xã");
  });

  test("overlapping parcels, a parcel outside the commune and a self-intersecting one are reported", () => {
    const a = square(105.4, 18.3, 0.01, "A");
    const b = square(105.405, 18.305, 0.01, "B");
    const far = square(106.5, 18.3, 0.01, "Xa");
    const bowTie: Feature<Polygon> = { type: "Feature", properties: { id: "No", name: "No" }, geometry: { type: "Polygon", coordinates: [[[105.45, 18.3], [105.46, 18.31], [105.46, 18.3], [105.45, 18.31], [105.45, 18.3]]] } };
    const area = [square(105.3, 18.2, 0.3, "Xã")];
    const result = analyseProtection({ parcels: [a, b, far, bowTie], area, widthMetres: 20, useParcelWidth: false, watched: [] });
    const kinds = result.problems.map((problem) => `${problem.kind}:${problem.ids.join("+")}`).sort();
    expect(kinds).toEqual(["outside-area:Xa", "overlap:A+B", "self-intersection:No"]);
    const overlap = result.problems.find((problem) => problem.kind === "overlap")!;
    expect(overlap.areaM2 / (0.005 * 0.005 * 105_700 * 110_700)).toBeGreaterThan(0.98);
    expect(overlap.message).toContain("chồng lấn");
    expect(result.corridors.map((corridor) => corridor.id)).toEqual(["A", "B", "Xa"]);
  });
});
