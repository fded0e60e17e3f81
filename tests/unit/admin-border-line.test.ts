// "Lấy đường biên giới từ ranh giới" on real boundaries: Vũ Quang (18313)
// borders Laos; its derived border line lies on its own outline, on edges no
// other commune of the province uses, and agrees with an independent line
// (the OSM Vietnam–Laos border extract in data/source/) to within tens of metres.

import { readFileSync } from "node:fs";
import type { FeatureCollection, LineString, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { decodeCommuneBoundary, decodeProvinceBoundaries, deriveBorderLines } from "../../src/geo/admin";
import { adminUnits, provinceTopology } from "./admin-data-test-helpers";
import { referenceInverse } from "./analysis-test-helpers";

const haTinh = provinceTopology("42");
const key = ([x, y]: Position) => `${x},${y}`;
const edgeKey = (a: Position, b: Position) => [key(a), key(b)].sort().join("|");

function edgesOf(geometry: { type: string; coordinates: unknown }): Set<string> {
  const rings = (geometry.type === "Polygon" ? geometry.coordinates : (geometry.coordinates as Position[][][]).flat()) as Position[][];
  const edges = new Set<string>();
  for (const ring of rings) for (let i = 0; i + 1 < ring.length; i++) edges.add(edgeKey(ring[i], ring[i + 1]));
  return edges;
}

/** Metres from p to the nearest vertex-to-vertex segment of the line (local planar, fine at this scale). */
function distanceToLineM(p: Position, line: readonly Position[]): number {
  const kx = 111_320 * Math.cos((p[1] * Math.PI) / 180);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const ax = (line[i][0] - p[0]) * kx, ay = (line[i][1] - p[1]) * 111_320;
    const dx = (line[i + 1][0] - line[i][0]) * kx, dy = (line[i + 1][1] - line[i][1]) * 111_320;
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

describe("deriveBorderLines", () => {
  const [line, ...others] = deriveBorderLines(haTinh, "18313");

  it("gives Vũ Quang one border line, with Laos, tens of kilometres long", () => {
    expect(others).toEqual([]);
    expect(line.properties).toMatchObject({ code: "18313", country: "LA", countryName: "Lào" });
    expect(line.properties.lengthM).toBeGreaterThan(20_000);
    expect(line.properties.lengthM).toBeLessThan(150_000);
    const measured = line.geometry.coordinates.reduce((sum, part) => sum + part.slice(1).reduce((s, p, i) => s + referenceInverse(part[i], p).metres, 0), 0);
    expect(measured / line.properties.lengthM).toBeCloseTo(1, 4);
  });

  it("lies on Vũ Quang's own outline, on edges no other commune of Hà Tĩnh uses", () => {
    const commune = decodeCommuneBoundary(haTinh, "18313");
    if (!commune) throw new Error("18313 missing");
    const own = edgesOf(commune.geometry);
    const othersEdges = new Set(decodeProvinceBoundaries(haTinh).communes.filter((feature) => feature.id !== "18313").flatMap((feature) => [...edgesOf(feature.geometry)]));
    let edges = 0;
    for (const part of line.geometry.coordinates)
      for (let i = 0; i + 1 < part.length; i++) {
        const edge = edgeKey(part[i], part[i + 1]);
        expect(own.has(edge)).toBe(true);
        expect(othersEdges.has(edge)).toBe(false);
        edges++;
      }
    expect(edges).toBeGreaterThan(100);
  });

  it("follows the independent OSM Vietnam–Laos line within tens of metres where both exist", () => {
    const extract = JSON.parse(readFileSync("data/source/vnm-lao-border.geojson", "utf8")) as FeatureCollection;
    const osm = (extract.features.find((feature) => feature.id === "vnm-lao-border")?.geometry as LineString).coordinates;
    const distances = line.geometry.coordinates.flat().map((p) => distanceToLineM(p, osm)).sort((a, b) => a - b);
    expect(distances[Math.floor(distances.length / 2)]).toBeLessThan(100);
  });

  it("gives nothing for an inland commune (Đức Thọ), a coastal one (Thiên Cầm), or any other non-border commune", () => {
    const byKey = (key: string) => adminUnits.communes.find((unit) => unit.provinceCode === "42" && unit.searchKey === key);
    for (const unit of [byKey("xa duc tho"), byKey("xa thien cam")]) {
      expect(unit?.landBorder).toBeUndefined();
      expect(deriveBorderLines(haTinh, unit?.code ?? "")).toEqual([]);
    }
    for (const unit of adminUnits.communes.filter((candidate) => candidate.provinceCode === "42" && !candidate.landBorder)) {
      expect(deriveBorderLines(haTinh, unit.code), unit.fullName).toEqual([]);
    }
    expect(deriveBorderLines(haTinh, "99999")).toEqual([]);
  });

  it("flags the Hà Tĩnh communes on the Lao border, and each gets a line", () => {
    const border = adminUnits.communes.filter((unit) => unit.provinceCode === "42" && unit.landBorder);
    expect(border.length).toBeGreaterThan(3);
    for (const unit of border) expect(deriveBorderLines(haTinh, unit.code).map((feature) => feature.properties.country), unit.fullName).toEqual(["LA"]);
  });
});
