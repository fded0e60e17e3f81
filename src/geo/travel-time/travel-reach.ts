// The area a post reaches within N minutes (the response-time model):
//   walking disc around the post (radius = walking speed × N)
//   ∪ for every road stretch reached with r minutes left at its start, the
//     tapered capsule "walk the minutes left from any point of the stretch"
//     (radius = walking speed × minutes left, shrinking along the stretch).
// A stretch reached from both ends yields two capsules; a side that the
// other dominates (reached through it) is skipped.

import type { Polygon, Position } from "geojson";
import { discPolygon, taperedCapsule } from "./reach-shapes";
import type { RoadGraph } from "./road-graph";
import { travelTimes } from "./travel-time";

const lerp = (a: Position, b: Position, t: number): Position => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];

/** Capsule along a→b starting with `left` minutes at a, cut where time runs out. */
function stretch(a: Position, b: Position, metres: number, speed: number, left: number, walking: number, out: Polygon[]): void {
  if (!(left > 0) || metres <= 0) return;
  const ridable = left * speed;
  const end = ridable >= metres ? b : lerp(a, b, ridable / metres);
  const leftAtEnd = Math.max(0, left - Math.min(metres, ridable) / speed);
  const shape = taperedCapsule(a, end, left * walking, leftAtEnd * walking);
  if (shape) out.push(shape);
}

export function travelReachPolygons(graph: RoadGraph, post: Position, minutes: number, walkingSpeed: number): Polygon[] {
  const shapes: Polygon[] = [];
  const disc = discPolygon(post, minutes * walkingSpeed);
  if (!disc) return shapes;
  shapes.push(disc);
  const { nodeMinutes, entries } = travelTimes(graph, post, minutes, walkingSpeed);
  for (const entry of entries) {
    const edge = graph.edges[entry.edge];
    const a = graph.positions[edge.from];
    const b = graph.positions[edge.to];
    const left = minutes - entry.minutes;
    stretch(entry.point, a, entry.t * edge.metres, edge.speed, left, walkingSpeed, shapes);
    stretch(entry.point, b, (1 - entry.t) * edge.metres, edge.speed, left, walkingSpeed, shapes);
  }
  const slack = 1e-9;
  for (const edge of graph.edges) {
    const tFrom = nodeMinutes[edge.from];
    const tTo = nodeMinutes[edge.to];
    if (!Number.isFinite(tFrom) && !Number.isFinite(tTo)) continue;
    const ride = edge.metres / edge.speed;
    const a = graph.positions[edge.from];
    const b = graph.positions[edge.to];
    if (Number.isFinite(tFrom) && tTo + ride > tFrom + slack) {
      stretch(a, b, edge.metres, edge.speed, minutes - tFrom, walkingSpeed, shapes);
    }
    if (Number.isFinite(tTo) && tFrom + ride > tTo + slack) {
      stretch(b, a, edge.metres, edge.speed, minutes - tTo, walkingSpeed, shapes);
    }
  }
  return shapes;
}
