// The road layer as a graph for response-time analysis: nodes at every vertex
// and wherever two roads cross or one ends on another (so a road can be left
// at a junction even when the lines were drawn without a shared vertex);
// edges carry their ellipsoidal length and the speed of their road class.

import Flatbush from "flatbush";
import type { Feature, Geometry, LineString, MultiLineString, Position } from "geojson";
import { lineLengthMetres } from "../geodesy/geodesic-distance";
import { simplifiedIndices } from "../shapes/line-simplify";
import { metresPerMinute, roadSpeed, type TravelSpeeds } from "./road-speeds";

export interface RoadEdge {
  from: number;
  to: number;
  metres: number;
  /** Travel speed on this edge, metres per minute. */
  speed: number;
}

export interface RoadGraph {
  positions: Position[];
  edges: RoadEdge[];
  /** For each node, the indices of the edges touching it. */
  incident: number[][];
  /** Flatbush over edge boxes (null when there are no edges). */
  edgeIndex: Flatbush | null;
}

interface Segment {
  a: Position;
  b: Position;
  /** Length of the road this segment stands for (≥ its chord when simplified). */
  metres: number;
  speed: number;
  splits: { t: number; point: Position }[];
}

const finitePosition = (p: Position | undefined): p is Position => !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

function collectSegments(roads: readonly Feature<Geometry | null>[], speeds: TravelSpeeds, toleranceMetres: number): Segment[] {
  const segments: Segment[] = [];
  for (const road of roads) {
    const speed = metresPerMinute(roadSpeed(speeds, road.properties?.roadClass));
    for (const rawLine of linesOf(road.geometry)) {
      const line = rawLine.filter(finitePosition);
      const kept = simplifiedIndices(line, toleranceMetres);
      for (let k = 1; k < kept.length; k++) {
        const a = line[kept[k - 1]];
        const b = line[kept[k]];
        if (a[0] === b[0] && a[1] === b[1]) continue;
        const metres = lineLengthMetres(line.slice(kept[k - 1], kept[k] + 1));
        segments.push({ a, b, metres, speed, splits: [] });
      }
    }
  }
  return segments;
}

const EPS = 1e-9;

/** Adds split points where two segments cross or touch (planar in degrees: exact enough over one segment). */
function splitAtCrossings(segments: Segment[]): void {
  if (segments.length < 2) return;
  const index = new Flatbush(segments.length);
  for (const { a, b } of segments) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  index.finish();
  segments.forEach((s, i) => {
    const rx = s.b[0] - s.a[0];
    const ry = s.b[1] - s.a[1];
    for (const j of index.search(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]))) {
      if (j <= i) continue;
      const o = segments[j];
      const sx = o.b[0] - o.a[0];
      const sy = o.b[1] - o.a[1];
      const denominator = rx * sy - ry * sx;
      if (Math.abs(denominator) < 1e-18) continue; // parallel or collinear: joined only through shared vertices
      const qx = o.a[0] - s.a[0];
      const qy = o.a[1] - s.a[1];
      const t = (qx * sy - qy * sx) / denominator;
      const u = (qx * ry - qy * rx) / denominator;
      if (t < -EPS || t > 1 + EPS || u < -EPS || u > 1 + EPS) continue;
      const point: Position = [s.a[0] + t * rx, s.a[1] + t * ry];
      if (t > EPS && t < 1 - EPS) s.splits.push({ t, point });
      if (u > EPS && u < 1 - EPS) o.splits.push({ t: u, point: t <= EPS ? s.a : t >= 1 - EPS ? s.b : point });
    }
  });
}

/** Default simplification of road lines for the reach outline, in metres (see line-simplify.ts). */
export const DEFAULT_ROAD_TOLERANCE_METRES = 10;

export function buildRoadGraph(roads: readonly Feature<Geometry | null>[], speeds: TravelSpeeds, toleranceMetres = DEFAULT_ROAD_TOLERANCE_METRES): RoadGraph {
  const segments = collectSegments(roads, speeds, toleranceMetres);
  splitAtCrossings(segments);
  const positions: Position[] = [];
  const nodeIds = new Map<string, number>();
  const nodeOf = (p: Position): number => {
    const key = `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = positions.length;
      positions.push([p[0], p[1]]);
      nodeIds.set(key, id);
    }
    return id;
  };
  const edges: RoadEdge[] = [];
  for (const segment of segments) {
    const splits = segment.splits.sort((x, y) => x.t - y.t);
    const points = [segment.a, ...splits.map((split) => split.point), segment.b];
    const params = [0, ...splits.map((split) => split.t), 1];
    for (let k = 1; k < points.length; k++) {
      const from = nodeOf(points[k - 1]);
      const to = nodeOf(points[k]);
      if (from === to) continue;
      edges.push({ from, to, metres: segment.metres * (params[k] - params[k - 1]), speed: segment.speed });
    }
  }
  const incident: number[][] = positions.map(() => []);
  edges.forEach((edge, i) => {
    incident[edge.from].push(i);
    incident[edge.to].push(i);
  });
  let edgeIndex: Flatbush | null = null;
  if (edges.length > 0) {
    edgeIndex = new Flatbush(edges.length);
    for (const { from, to } of edges) {
      const [ax, ay] = positions[from];
      const [bx, by] = positions[to];
      edgeIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    edgeIndex.finish();
  }
  return { positions, edges, incident, edgeIndex };
}

export type RoadFeature = Feature<LineString | MultiLineString>;
