// Where a suggested next post may stand: each village's inside point (named
// after the village), a coarse grid over the commune, and — in travel-time
// mode — points along the roads. The road points matter there: a grid point
// may lie 500 m off the road, i.e. 7½ of its 15 minutes on foot (4 km/h)
// before it can ride, while a post by the road reaches kilometres along it.
// Counts stay bounded (grid ≤ 24², road points ≤ 200) so the cost of scoring
// them does not grow with the road network.

import type { Feature, Geometry, Position } from "geojson";
import type { AreaSamples } from "./area-sampling";
import { featureName } from "../shapes/feature-identity";
import { pointInPolygon } from "../indexes/point-in-polygon";
import type { Areal } from "../shapes/polygon-boolean";
import { representativePoint } from "../shapes/representative-point";
import type { RoadGraph } from "../travel-time/road-graph";

export interface Candidate {
  position: Position;
  /** Where the candidate came from: a village name, or null for a grid or road point. */
  nearVillage: string | null;
}

const CANDIDATE_GRID = 24;
const MAX_ROAD_CANDIDATES = 200;

/** Points every `spacing` metres along the graph's edges (edges follow the road lines in order). */
function pointsAlongRoads(graph: RoadGraph, minimumSpacingMetres: number): Position[] {
  const totalMetres = graph.edges.reduce((sum, edge) => sum + edge.metres, 0);
  if (!(totalMetres > 0)) return [];
  const spacing = Math.max(minimumSpacingMetres, totalMetres / MAX_ROAD_CANDIDATES);
  const points: Position[] = [];
  let next = spacing / 2; // distance into the current edge of the next point
  for (const edge of graph.edges) {
    const a = graph.positions[edge.from];
    const b = graph.positions[edge.to];
    for (; next < edge.metres; next += spacing) {
      const t = next / edge.metres;
      points.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
    next -= edge.metres;
  }
  return points;
}

export function nextPostCandidates(area: Areal, villages: readonly Feature<Geometry | null>[], samples: AreaSamples, roads: RoadGraph | null): Candidate[] {
  const candidates: Candidate[] = [];
  villages.forEach((village, index) => {
    const position = representativePoint(village.geometry);
    if (position && pointInPolygon(position[0], position[1], area)) candidates.push({ position, nearVillage: featureName(village, index) });
  });
  const step = Math.max(1, Math.floor(samples.lonLat.length / (CANDIDATE_GRID * CANDIDATE_GRID)));
  for (let i = 0; i < samples.lonLat.length; i += step) candidates.push({ position: samples.lonLat[i], nearVillage: null });
  if (roads) {
    for (const position of pointsAlongRoads(roads, samples.spacingMetres)) {
      if (pointInPolygon(position[0], position[1], area)) candidates.push({ position, nearVillage: null });
    }
  }
  return candidates;
}
