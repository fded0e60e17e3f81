// "Đề xuất vị trí chốt tiếp theo": greedy placement of new posts. Candidates
// are the villages' inside points and a coarse grid over the commune; each is
// scored by the uncovered population (or area) within the radius, counted on
// the area samples (KDBush radius queries); the best is taken, its samples
// marked covered, and the next chosen the same way.

import KDBush from "kdbush";
import type { Feature, Geometry, Position } from "geojson";
import { sampleArea } from "./area-sampling";
import { featureName } from "./feature-identity";
import { PolygonIndex, type PolygonFeature } from "./polygon-index";
import { polygonsOf, type Areal } from "./polygon-boolean";
import { representativePoint } from "./representative-point";
import { pointInPolygon } from "./point-in-polygon";

export interface SuggestionInput {
  area: Areal;
  covered: Areal | null;
  villages: readonly Feature<Geometry | null>[];
  radiusMetres: number;
  objective: "population" | "area";
  count: number;
}

export interface SuggestedPost {
  position: Position;
  /** Where the candidate came from: a village name, or null for a grid point. */
  nearVillage: string | null;
  gainAreaM2: number;
  gainPopulation: number;
}

const CANDIDATE_GRID = 24;

export function suggestNextPosts(input: SuggestionInput): SuggestedPost[] {
  if (!(input.radiusMetres > 0) || input.count <= 0) return [];
  const samples = sampleArea(input.area, input.villages);
  const coveredIndex = new PolygonIndex(polygonsOf(input.covered).map((geometry): PolygonFeature => ({ type: "Feature", properties: {}, geometry })));
  const open = samples.lonLat.map(([lon, lat]) => coveredIndex.findContaining(lon, lat) < 0);
  const n = samples.lonLat.length;
  if (n === 0) return [];
  const tree = new KDBush(n, 64, Float64Array);
  for (let i = 0; i < n; i++) tree.add(samples.xy[2 * i], samples.xy[2 * i + 1]);
  tree.finish();

  const candidates: { position: Position; nearVillage: string | null }[] = [];
  input.villages.forEach((village, index) => {
    const position = representativePoint(village.geometry);
    if (position && pointInPolygon(position[0], position[1], input.area)) candidates.push({ position, nearVillage: featureName(village, index) });
  });
  const step = Math.max(1, Math.floor(n / (CANDIDATE_GRID * CANDIDATE_GRID)));
  for (let i = 0; i < n; i += step) candidates.push({ position: samples.lonLat[i], nearVillage: null });

  const suggestions: SuggestedPost[] = [];
  for (let round = 0; round < input.count; round++) {
    let best: (SuggestedPost & { members: number[] }) | null = null;
    for (const candidate of candidates) {
      const [x, y] = samples.frame.toPlane(candidate.position);
      const members = tree.within(x, y, input.radiusMetres).filter((i) => open[i]);
      let gainAreaM2 = 0;
      let gainPopulation = 0;
      for (const i of members) {
        gainAreaM2 += samples.areaWeight[i];
        gainPopulation += samples.populationWeight[i];
      }
      const score = input.objective === "population" ? gainPopulation * 1e12 + gainAreaM2 : gainAreaM2;
      const bestScore = best ? (input.objective === "population" ? best.gainPopulation * 1e12 + best.gainAreaM2 : best.gainAreaM2) : 0;
      if (score > bestScore) best = { ...candidate, gainAreaM2, gainPopulation: Math.round(gainPopulation), members };
    }
    if (!best) break;
    for (const i of best.members) open[i] = false;
    const { members: _taken, ...suggestion } = best;
    void _taken;
    suggestions.push(suggestion);
  }
  return suggestions;
}
