import { area as turfArea, kinks } from "@turf/turf";
import type { LineString, MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { describeNormalization, normalizeAreal, normalizeFeatures, normalizeGeometry, reportChangedAnything } from "../../src/geo/normalize";
import { signedRingArea } from "../../src/geo/normalize/ring-orientation";

const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const polygon = (...rings: Position[][]): Polygon => ({ type: "Polygon", coordinates: rings });
const areaOf = (geometry: Polygon | MultiPolygon | null) => (geometry ? turfArea(geometry) : 0);
const polygonsOf = (geometry: Polygon | MultiPolygon) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);

/** RFC 7946 orientation and closed rings everywhere. */
function expectWellFormed(geometry: Polygon | MultiPolygon) {
  for (const rings of polygonsOf(geometry))
    rings.forEach((ring, index) => {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedRingArea(ring) > 0).toBe(index === 0);
      for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
    });
}

describe("normalizeAreal", () => {
  it("returns a clean polygon as the very same object and reports nothing", () => {
    const clean = Object.freeze(polygon(square(105.3, 18.2, 0.01), [...square(105.303, 18.203, 0.002)].reverse()));
    const result = normalizeAreal(clean);
    expect(result.geometry).toBe(clean);
    expect(reportChangedAnything(result.report)).toBe(false);
    expect(describeNormalization(result.report)).toBe("Hình học hợp lệ, không cần sửa.");
  });

  it("returns a clean MultiPolygon as the same object", () => {
    const clean: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(2, 0, 1)]] };
    expect(normalizeAreal(clean).geometry).toBe(clean);
  });

  it("drops consecutive repeated positions and says how many", () => {
    const ring = square(105, 18, 0.01);
    const repeated = polygon([ring[0], ring[0], ring[1], ring[2], ring[2], ring[2], ring[3], ring[4]]);
    const result = normalizeAreal(repeated);
    expect(result.report.repeatedPositionsRemoved).toBe(3);
    expect(result.geometry).toEqual(polygon(ring));
    expect(describeNormalization(result.report)).toBe("Đã chuẩn hóa hình học: bỏ 3 đỉnh lặp liên tiếp.");
  });

  it("closes an open ring and orients rings as RFC 7946 asks", () => {
    const clockwise = [...square(0, 0, 1)].reverse().slice(0, 4);
    const result = normalizeAreal(polygon(clockwise));
    expect(result.report.ringsClosed).toBe(1);
    expect(result.report.ringsReoriented).toBe(1);
    expectWellFormed(result.geometry as Polygon);
    expect(areaOf(result.geometry)).toBeCloseTo(areaOf(polygon(square(0, 0, 1))), 0);
  });

  it("rebuilds a bow-tie as its two triangles with Clipper2", () => {
    const bowTie = polygon([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]);
    expect(kinks(bowTie).features.length).toBeGreaterThan(0);
    const result = normalizeAreal(bowTie);
    expect(result.report.polygonsRepaired).toBe(1);
    expect(result.geometry?.type).toBe("MultiPolygon");
    expect(polygonsOf(result.geometry as MultiPolygon)).toHaveLength(2);
    expectWellFormed(result.geometry as MultiPolygon);
    const triangle = polygon([[0, 0], [0.5, 0.5], [0, 1], [0, 0]]);
    expect(areaOf(result.geometry) / (2 * areaOf(triangle))).toBeCloseTo(1, 6);
  });

  it("splits a ring that touches itself at a vertex (figure eight) into valid parts", () => {
    // two squares joined at (1, 1), drawn as one ring
    const eight = polygon([[0, 0], [1, 0], [1, 1], [2, 1], [2, 2], [1, 2], [1, 1], [0, 1], [0, 0]]);
    const result = normalizeAreal(eight);
    expect(result.report.polygonsRepaired).toBe(1);
    expectWellFormed(result.geometry as MultiPolygon);
    expect(areaOf(result.geometry) / (areaOf(polygon(square(0, 0, 1))) + areaOf(polygon(square(1, 1, 1))))).toBeCloseTo(1, 6);
  });

  it("repairs a hole touching the outer ring at a vertex: area = outer − hole, rings well formed", () => {
    const outer = square(0, 0, 4);
    const hole: Position[] = [[0, 0], [1, 2], [2, 1], [0, 0]]; // touches the outer ring at its corner (0, 0)
    const touching = polygon(outer, hole);
    const result = normalizeAreal(touching);
    expect(result.report.polygonsRepaired).toBe(1);
    expectWellFormed(result.geometry as Polygon | MultiPolygon);
    const expected = areaOf(polygon(outer)) - areaOf(polygon([...hole].reverse()));
    expect(areaOf(result.geometry) / expected).toBeCloseTo(1, 6);
  });

  it("repairs a spike that doubles back along its own edge", () => {
    const spike = polygon([[0, 0], [2, 0], [3, 0], [2, 0], [2, 1], [0, 1], [0, 0]]);
    const result = normalizeAreal(spike);
    expect(result.report.polygonsRepaired).toBe(1);
    expect(areaOf(result.geometry) / areaOf(polygon([[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]))).toBeCloseTo(1, 6);
  });

  it("drops degenerate rings and parts, and a polygon with no area at all", () => {
    const withFlatHole = polygon(square(0, 0, 2), [[0.5, 0.5], [1, 1], [0.5, 0.5], [0.5, 0.5]]);
    const result = normalizeAreal(withFlatHole);
    expect(result.report.degenerateRingsRemoved).toBe(1);
    expect(result.geometry).toEqual(polygon(square(0, 0, 2)));
    const flat = normalizeAreal(polygon([[0, 0], [1, 1], [2, 2], [0, 0]]));
    expect(flat.geometry).toBeNull();
    expect(flat.report.degeneratePartsRemoved).toBe(1);
    expect(describeNormalization(flat.report)).toContain("bỏ 1 phần hình học suy biến");
  });
});

describe("normalizeGeometry and normalizeFeatures", () => {
  it("cleans lines, keeps clean lines and points as they are", () => {
    const line: LineString = { type: "LineString", coordinates: [[0, 0], [0, 0], [1, 1]] };
    const result = normalizeGeometry(line);
    expect(result.geometry).toEqual({ type: "LineString", coordinates: [[0, 0], [1, 1]] });
    const clean: LineString = { type: "LineString", coordinates: [[0, 0], [1, 1]] };
    expect(normalizeGeometry(clean).geometry).toBe(clean);
    const point = { type: "Point" as const, coordinates: [1, 2] };
    expect(normalizeGeometry(point).geometry).toBe(point);
    expect(normalizeGeometry({ type: "LineString", coordinates: [[0, 0], [0, 0]] }).geometry).toBeNull();
  });

  it("returns unchanged features as they were and sums the report over changed ones", () => {
    const clean = { type: "Feature" as const, properties: { name: "sạch" }, geometry: polygon(square(0, 0, 1)) };
    const dirty = { type: "Feature" as const, properties: { name: "lặp" }, geometry: polygon([[0, 0], [0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]) };
    const result = normalizeFeatures([clean, dirty]);
    expect(result.features[0]).toBe(clean);
    expect(result.features[1]).not.toBe(dirty);
    expect(result.features[1].properties).toEqual({ name: "lặp" });
    expect(result.report.repeatedPositionsRemoved).toBe(1);
  });
});
