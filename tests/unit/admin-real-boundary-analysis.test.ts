// The analyses on REAL official boundaries (the committed province files, so
// this runs on a clean clone): every commune of Hà Tĩnh (42: Lao border and
// sea coast) and Quảng Ninh (22: Chinese border, coast, islands) is
// normalised as every entry point does, then
//   - its area (as the analyses compute it) equals GeographicLib's within 0.01 %;
//   - coverage of three synthetic posts is within 1 percentage point of dense
//     grid sampling with GeographicLib distances (rows crossed independently
//     of the app's point-in-polygon code);
//   - border communes get their border belt from the derived border line.
// Nothing may throw.

import type { Feature, MultiPolygon, Point, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { decodeProvinceBoundaries, deriveBorderLines, type CommuneBoundary } from "../../src/geo/admin";
import { analyseBorderBelt } from "../../src/geo/border-protection/border-belt-analysis";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import { normalizeAreal } from "../../src/geo/normalize";
import { adminUnits, provinceTopology } from "./admin-data-test-helpers";
import { referenceInverse, referenceRingArea, seededRandom } from "./analysis-test-helpers";

const PROVINCES = ["42", "22"];
const SAMPLES_PER_COMMUNE = 3_000;
const BELT_WIDTH_M = 1_000;

const polygonsOf = (geometry: Polygon | MultiPolygon) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);

function referenceArea(geometry: Polygon | MultiPolygon): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + rings.reduce((ringSum, ring, index) => ringSum + (index === 0 ? 1 : -1) * referenceRingArea(ring), 0), 0);
}

/** Longitudes where the rings cross latitude y (even–odd pairs bound the inside), sorted. */
function rowCrossings(geometry: Polygon | MultiPolygon, y: number): number[] {
  const crossings: number[] = [];
  for (const rings of polygonsOf(geometry))
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        if (y1 <= y !== y2 <= y) crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
      }
  return crossings.sort((a, b) => a - b);
}

/** Grid points inside the geometry, about `count` of them. */
function gridInside(geometry: Polygon | MultiPolygon, bbox: readonly number[], areaM2: number, count: number): Position[] {
  const stepM = Math.sqrt(areaM2 / count);
  const stepY = stepM / 111_320;
  const stepX = stepY / Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
  const points: Position[] = [];
  for (let y = bbox[1] + stepY / 2; y < bbox[3]; y += stepY) {
    const crossings = rowCrossings(geometry, y);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const first = bbox[0] + stepX / 2 + Math.ceil((crossings[k] - bbox[0] - stepX / 2) / stepX) * stepX;
      for (let x = first; x < crossings[k + 1]; x += stepX) points.push([x, y]);
    }
  }
  return points;
}

function syntheticPosts(inside: readonly Position[], seed: number): Feature<Point>[] {
  const random = seededRandom(seed);
  return [0, 1, 2].map((index) => ({ type: "Feature", id: `chot-${index}`, properties: { name: `Chốt thử ${index + 1}` }, geometry: { type: "Point", coordinates: inside[Math.floor(random() * inside.length)] } }));
}

describe.each(PROVINCES)("analyses on every real commune of province %s", (provinceCode) => {
  const { communes } = decodeProvinceBoundaries(provinceTopology(provinceCode));
  const topology = provinceTopology(provinceCode);
  const units = new Map(adminUnits.communes.map((unit) => [unit.code, unit]));

  it("normalises, measures the area, covers, and draws the border belt without a crash", () => {
    const counts = { communes: 0, repaired: 0, coverage: 0, belts: 0, worstAreaError: 0, worstCoverageGap: 0 };
    communes.forEach((commune: CommuneBoundary, index) => {
      const unit = units.get(String(commune.id));
      if (!unit) throw new Error(`unknown commune ${commune.id}`);
      const label = `${unit.code} ${unit.fullName}`;
      const { geometry, report } = normalizeAreal(commune.geometry);
      if (!geometry) throw new Error(`${label}: nothing left after normalisation`);
      if (report.polygonsRepaired) counts.repaired++;
      const area = [{ ...commune, geometry } as Feature<Polygon | MultiPolygon>];
      const reference = referenceArea(commune.geometry);

      const inside = gridInside(geometry, unit.bbox, reference, SAMPLES_PER_COMMUNE);
      const posts = syntheticPosts(inside, 1000 + index);
      const radius = Math.max(100, 0.25 * Math.sqrt(reference));
      const result = analyseCoverage({ posts, area, mode: { kind: "radius", radiusMetres: radius, usePostAttribute: false }, skipSingleCoverage: true });
      const areaError = Math.abs(result.areaM2 - reference) / reference;
      expect(areaError, label).toBeLessThan(1e-4);
      const sampled = (100 * inside.filter((point) => posts.some((post) => referenceInverse(post.geometry.coordinates, point).metres <= radius)).length) / inside.length;
      const gap = Math.abs(result.coveredPercent - sampled);
      expect(gap, `${label}: ${result.coveredPercent.toFixed(2)} % vs sampled ${sampled.toFixed(2)} %`).toBeLessThan(1);
      counts.communes++;
      counts.coverage++;
      counts.worstAreaError = Math.max(counts.worstAreaError, areaError);
      counts.worstCoverageGap = Math.max(counts.worstCoverageGap, gap);

      if (unit.landBorder) {
        const borderLines = deriveBorderLines(topology, unit.code);
        expect(borderLines.map((line) => line.properties.country).sort(), label).toEqual([...unit.landBorder].sort());
        const belt = analyseBorderBelt({ borderLines, area, widthMetres: BELT_WIDTH_M, layers: { posts } });
        const lengthM = borderLines.reduce((sum, line) => sum + line.properties.lengthM, 0);
        expect(belt.areaM2, label).toBeGreaterThan(0);
        expect(belt.areaM2, label).toBeLessThanOrEqual(Math.min(result.areaM2, lengthM * BELT_WIDTH_M + Math.PI * BELT_WIDTH_M ** 2) * 1.001);
        counts.belts++;
      }
    });
    console.info(
      `[real boundaries] province ${provinceCode}: ${counts.communes} communes × (area, coverage) + ${counts.belts} border belts; ${counts.repaired} repaired by normalisation; worst area error ${(counts.worstAreaError * 100).toFixed(5)} %, worst coverage gap ${counts.worstCoverageGap.toFixed(2)} pp`,
    );
    expect(counts.communes).toBe(communes.length);
    expect(communes.length).toBe(adminUnits.provinces.find((province) => province.code === provinceCode)?.communeCount);
  }, 60_000);
});
