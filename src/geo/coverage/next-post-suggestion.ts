// "Đề xuất vị trí chốt tiếp theo": greedy placement of new posts. Candidates
// (next-post-candidates.ts) are scored by the uncovered population (or area)
// they would reach, counted on the area samples; the best is taken, its
// samples marked covered, and the next chosen the same way.
// What "reach" means follows the coverage mode, as for the real posts:
//   radius — samples within the straight-line radius (a KDBush query per
//            candidate and round: cheap, so nothing is kept);
// (in both modes the area a chosen spot adds is then computed exactly, see below)
//   travel — samples inside the candidate's travel-time reach along the roads
//            (travel-reach-samples.ts), on one road graph built once. A reach
//            does not change between rounds, so it is found once per candidate
//            and kept; only the "still uncovered" count is redone per round.
// The area a chosen spot adds is computed exactly (uncovered-area.ts) from
// its disc or travel reach: samples pick, polygons report.
// No straight-line pre-filter in travel mode: its bound (minutes × fastest
// road speed, 12.5 km for 15 min) spans most of a commune and prunes nothing,
// while one candidate's exact reach costs ~0.2 ms (sample commune: 768
// candidates, incl. 148 road points, in ~0.2 s; the area sampling shared
// with radius mode costs about as much again).

import KDBush from "kdbush";
import type { Feature, Geometry, Position } from "geojson";
import { sampleArea, type AreaSamples } from "./area-sampling";
import { describeReach, type CoverageMode } from "./coverage-mode";
import { nextPostCandidates, type Candidate } from "./next-post-candidates";
import { PolygonIndex, type PolygonFeature } from "../indexes/polygon-index";
import { polygonsOf, unionAll, type Areal } from "../shapes/polygon-boolean";
import { buildRoadGraph } from "../travel-time/road-graph";
import { metresPerMinute } from "../travel-time/road-speeds";
import { travelReachPolygons } from "../travel-time/travel-reach";
import { TravelReachSamples } from "../travel-time/travel-reach-samples";
import { UncoveredArea } from "./uncovered-area";
import { discPolygon } from "../travel-time/reach-shapes";

export interface SuggestionInput {
  area: Areal;
  covered: Areal | null;
  villages: readonly Feature<Geometry | null>[];
  /** The analysis' coverage mode; its global radius or minutes apply (a new post has no attribute of its own). */
  mode: CoverageMode;
  objective: "population" | "area";
  count: number;
}

export interface SuggestedPost {
  position: Position;
  /** Where the candidate came from: a village name, or null for a grid or road point. */
  nearVillage: string | null;
  gainAreaM2: number;
  gainPopulation: number;
  /** What the gain was counted within, for people: "bán kính 1.500 m" or "trong 15 phút di chuyển". */
  reach: string;
}

/** Fraction done (0–1) of the suggestion; called a few dozen times at most. */
export type SuggestionProgress = (fraction: number) => void;

type TravelMode = Extract<CoverageMode, { kind: "travel" }>;

const globalReach = (mode: CoverageMode): number => (mode.kind === "radius" ? mode.radiusMetres : mode.minutes);

export function describeSuggestionReach(mode: CoverageMode): string {
  const text = describeReach(mode, globalReach(mode));
  return mode.kind === "radius" ? `bán kính ${text}` : `trong ${text} di chuyển`;
}

type ReachOf = (candidate: number) => ArrayLike<number>;

/** How candidates are scored in one mode: their samples, and (travel) the exact area a chosen spot adds. */
interface Scoring {
  candidates: Candidate[];
  reachOf: ReachOf;
  /** The chosen spot's reach, whose uncovered area is reported exactly (uncovered-area.ts). */
  reachShape: (position: Position) => Areal | null;
}

function radiusScoring(input: SuggestionInput, samples: AreaSamples, radiusMetres: number): Scoring {
  const candidates = nextPostCandidates(input.area, input.villages, samples, null);
  const tree = new KDBush(samples.lonLat.length, 64, Float64Array);
  for (let i = 0; i < samples.lonLat.length; i++) tree.add(samples.xy[2 * i], samples.xy[2 * i + 1]);
  tree.finish();
  const reachOf: ReachOf = (candidate) => {
    const [x, y] = samples.frame.toPlane(candidates[candidate].position);
    return tree.within(x, y, radiusMetres);
  };
  return { candidates, reachOf, reachShape: (position) => discPolygon(position, radiusMetres) };
}

function travelScoring(input: SuggestionInput, mode: TravelMode, samples: AreaSamples, onProgress: SuggestionProgress): Scoring {
  const graph = buildRoadGraph(mode.roads, mode.speeds);
  const walking = metresPerMinute(mode.speeds.walking);
  const sampler = new TravelReachSamples(samples.lonLat, graph, mode.minutes, walking);
  const candidates = nextPostCandidates(input.area, input.villages, samples, graph);
  const reached: Int32Array[] = [];
  const reportEvery = Math.max(1, Math.round(candidates.length / 20));
  candidates.forEach((candidate, index) => {
    reached.push(sampler.reachedFrom(candidate.position));
    if ((index + 1) % reportEvery === 0) onProgress((0.95 * (index + 1)) / candidates.length);
  });
  const reachShape = (position: Position) => unionAll(travelReachPolygons(graph, position, mode.minutes, walking));
  return { candidates, reachOf: (candidate) => reached[candidate], reachShape };
}

export function suggestNextPosts(input: SuggestionInput, onProgress: SuggestionProgress = () => {}): SuggestedPost[] {
  const mode = input.mode;
  if (!(globalReach(mode) > 0) || input.count <= 0) return [];
  const samples = sampleArea(input.area, input.villages);
  if (samples.lonLat.length === 0) return [];
  const coveredIndex = new PolygonIndex(polygonsOf(input.covered).map((geometry): PolygonFeature => ({ type: "Feature", properties: {}, geometry })));
  const open = samples.lonLat.map(([lon, lat]) => coveredIndex.findContaining(lon, lat) < 0);
  const { candidates, reachOf, reachShape } = mode.kind === "radius" ? radiusScoring(input, samples, mode.radiusMetres) : travelScoring(input, mode, samples, onProgress);
  const uncovered = new UncoveredArea(input.area, input.covered);

  const reach = describeSuggestionReach(mode);
  const score = (post: { gainAreaM2: number; gainPopulation: number }) => (input.objective === "population" ? post.gainPopulation * 1e12 + post.gainAreaM2 : post.gainAreaM2);
  const suggestions: SuggestedPost[] = [];
  for (let round = 0; round < input.count; round++) {
    let best: { candidate: number; gainAreaM2: number; gainPopulation: number } | null = null;
    for (let candidate = 0; candidate < candidates.length; candidate++) {
      const members = reachOf(candidate);
      let gainAreaM2 = 0;
      let gainPopulation = 0;
      for (let k = 0; k < members.length; k++) {
        const i = members[k];
        if (!open[i]) continue;
        gainAreaM2 += samples.areaWeight[i];
        gainPopulation += samples.populationWeight[i];
      }
      const scored = { candidate, gainAreaM2, gainPopulation };
      if (score(scored) > (best ? score(best) : 0)) best = scored;
    }
    if (!best) break;
    const members = reachOf(best.candidate);
    for (let k = 0; k < members.length; k++) open[members[k]] = false;
    const { position, nearVillage } = candidates[best.candidate];
    const gainAreaM2 = uncovered.take(reachShape(position));
    suggestions.push({ position, nearVillage, gainAreaM2, gainPopulation: Math.round(best.gainPopulation), reach });
  }
  onProgress(1);
  return suggestions;
}
