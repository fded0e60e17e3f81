// The area each post reaches, unclipped, in the chosen coverage mode: a disc,
// or the union of its travel-time shapes (see travel-reach.ts).

import type { Feature, Point } from "geojson";
import { reachOfPost, type CoverageMode } from "./coverage-mode";
import { metresPerMinute } from "../travel-time/road-speeds";
import { buildRoadGraph, type RoadGraph } from "../travel-time/road-graph";
import { discPolygon } from "../travel-time/reach-shapes";
import { travelReachPolygons } from "../travel-time/travel-reach";
import { unionAll, type Areal } from "../shapes/polygon-boolean";

export interface PostReach {
  /** Radius in metres or time in minutes, as applied. */
  value: number;
  shape: Areal | null;
}

export function postReaches(posts: readonly Feature<Point>[], mode: CoverageMode, onPost?: (done: number) => void): PostReach[] {
  let graph: RoadGraph | null = null;
  if (mode.kind === "travel") graph = buildRoadGraph(mode.roads, mode.speeds);
  return posts.map((post, index) => {
    const value = reachOfPost(mode, post);
    let shape: Areal | null;
    if (mode.kind === "radius" || !graph) shape = discPolygon(post.geometry.coordinates, value);
    else shape = unionAll(travelReachPolygons(graph, post.geometry.coordinates, value, metresPerMinute(mode.speeds.walking)));
    onPost?.(index + 1);
    return { value, shape };
  });
}
