// Response time from a post along the road graph (Dijkstra). The responder
// walks from the post to any road within reach (the nearest point of each
// nearby edge), rides along roads at their class speed, and may step off
// anywhere to walk the time left. Returns the minutes to each node and the
// entry points; `travel-reach.ts` turns them into polygons.

import type { Position } from "geojson";
import { LocalMetricFrame } from "../geodesy/local-metric-frame";
import { MinHeap } from "./min-heap";
import type { RoadGraph } from "./road-graph";
import { metresPerDegree } from "../geodesy/wgs84-ellipsoid";

export interface RoadEntry {
  edge: number;
  /** Where the responder reaches the edge: 0 at its `from` node, 1 at its `to` node. */
  t: number;
  point: Position;
  /** Minutes of walking from the post to `point`. */
  minutes: number;
}

export interface TravelTimes {
  /** Minutes to each graph node (Infinity when out of reach). */
  nodeMinutes: Float64Array;
  entries: RoadEntry[];
}

function closestOnSegment(frame: LocalMetricFrame, a: Position, b: Position): { t: number; metres: number } {
  const [ax, ay] = frame.toPlane(a);
  const [bx, by] = frame.toPlane(b);
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
  return { t, metres: Math.hypot(ax + t * dx, ay + t * dy) };
}

/** The road edges a responder can walk to from `post` within `minutes`. */
export function roadEntries(graph: RoadGraph, post: Position, minutes: number, walkingSpeed: number): RoadEntry[] {
  if (!graph.edgeIndex || !(minutes > 0)) return [];
  const reachMetres = minutes * walkingSpeed;
  const scale = metresPerDegree(post[1]);
  const dLon = reachMetres / scale.lon;
  const dLat = reachMetres / scale.lat;
  const frame = new LocalMetricFrame(post);
  const entries: RoadEntry[] = [];
  for (const edgeIndex of graph.edgeIndex.search(post[0] - dLon, post[1] - dLat, post[0] + dLon, post[1] + dLat)) {
    const edge = graph.edges[edgeIndex];
    const a = graph.positions[edge.from];
    const b = graph.positions[edge.to];
    const { t, metres } = closestOnSegment(frame, a, b);
    if (metres >= reachMetres) continue;
    entries.push({ edge: edgeIndex, t, point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], minutes: metres / walkingSpeed });
  }
  return entries;
}

export function travelTimes(graph: RoadGraph, post: Position, minutes: number, walkingSpeed: number): TravelTimes {
  const nodeMinutes = new Float64Array(graph.positions.length).fill(Infinity);
  const entries = roadEntries(graph, post, minutes, walkingSpeed);
  const heap = new MinHeap();
  const relax = (node: number, time: number) => {
    if (time < nodeMinutes[node] && time <= minutes) {
      nodeMinutes[node] = time;
      heap.push(time, node);
    }
  };
  for (const entry of entries) {
    const edge = graph.edges[entry.edge];
    relax(edge.from, entry.minutes + (entry.t * edge.metres) / edge.speed);
    relax(edge.to, entry.minutes + ((1 - entry.t) * edge.metres) / edge.speed);
  }
  while (heap.size > 0) {
    const { key: time, value: node } = heap.pop();
    if (time > nodeMinutes[node]) continue; // stale entry
    for (const edgeIndex of graph.incident[node]) {
      const edge = graph.edges[edgeIndex];
      relax(edge.from === node ? edge.to : edge.from, time + edge.metres / edge.speed);
    }
  }
  return { nodeMinutes, entries };
}
