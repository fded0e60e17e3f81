// The checks the editor runs at save, on the sample commune: a post inside is
// fine, one outside is refused; a village vertex snapped onto the commune
// boundary counts as inside; a bow-tie parcel is refused with where it
// crosses; degenerate lines and polygons are refused.

import { describe, expect, test } from "vitest";
import type { Polygon, Position } from "geojson";
import { editedGeometryProblems } from "../../src/geo/shapes/edited-geometry-problems";
import { snapToLines } from "../../src/geo/shapes/snap-to-lines";
import { sampleFeatures } from "./analysis-test-helpers";

const commune = sampleFeatures("commune")[0].geometry as Polygon;
const inside = sampleFeatures("militia-post")[0].geometry!;

describe("editedGeometryProblems", () => {
  test("a post inside the commune passes; one far outside is refused in Vietnamese", () => {
    expect(editedGeometryProblems(inside, [commune])).toEqual([]);
    const outside = editedGeometryProblems({ type: "Point", coordinates: [106.5, 18.3] }, [commune]);
    expect(outside.map((problem) => problem.kind)).toEqual(["outside-commune"]);
    expect(outside[0].message).toContain("ngoài ranh giới xã");
    // Layers without the rule accept it.
    expect(editedGeometryProblems({ type: "Point", coordinates: [106.5, 18.3] }, null)).toEqual([]);
  });

  test("a polygon with a vertex snapped onto the commune boundary counts as inside", () => {
    const boundaryVertex = commune.coordinates[0][100];
    const centre = (inside as { coordinates: Position }).coordinates;
    const snapped = snapToLines([boundaryVertex[0] + 0.00001, boundaryVertex[1] + 0.00001], commune.coordinates, 50)!.position;
    const village: Polygon = { type: "Polygon", coordinates: [[centre, snapped, [centre[0] + 0.001, centre[1] - 0.001], centre]] };
    const problems = editedGeometryProblems(village, [commune]);
    expect(problems.filter((problem) => problem.kind === "outside-commune")).toEqual([]);
  });

  test("a bow-tie parcel is refused with the crossing point", () => {
    const [lon, lat] = (inside as { coordinates: Position }).coordinates;
    const bowTie: Polygon = { type: "Polygon", coordinates: [[[lon, lat], [lon + 0.002, lat + 0.002], [lon + 0.002, lat], [lon, lat + 0.002], [lon, lat]]] };
    const [problem] = editedGeometryProblems(bowTie, [commune]);
    expect(problem.kind).toBe("self-intersection");
    if (problem.kind !== "self-intersection") return;
    expect(problem.points).toHaveLength(1);
    expect(problem.points[0][0]).toBeCloseTo(lon + 0.001, 9);
    expect(problem.message).toContain("cắt nhau");
  });

  test("too few vertices", () => {
    expect(editedGeometryProblems({ type: "LineString", coordinates: [[1, 1], [1, 1]] }, null)[0].kind).toBe("too-few-vertices");
    expect(editedGeometryProblems({ type: "Polygon", coordinates: [[[1, 1], [2, 2], [1, 1], [1, 1]]] }, null)[0].kind).toBe("too-few-vertices");
  });
});
