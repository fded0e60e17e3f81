// Polygons of "what can be reached": a disc around a post, and the tapered
// capsule swept by a disc whose radius changes linearly along a segment (the
// convex hull of its two end discs) — the shape of "walk the remaining time
// from any point of this road segment". Built in a local metric frame.
// Polygon radii are scaled so each polygon has the exact area of the true
// disc (an inscribed 48-gon would lose 0.3 %); the outline stays within
// ±0.15 % of the radius.

import type { Polygon, Position } from "geojson";
import { LocalMetricFrame } from "../geodesy/local-metric-frame";

export const CIRCLE_STEPS = 48;
const AREA_SCALE = Math.sqrt((2 * Math.PI) / (CIRCLE_STEPS * Math.sin((2 * Math.PI) / CIRCLE_STEPS)));
const STEP_ANGLE = (2 * Math.PI) / CIRCLE_STEPS;

function arc(frame: LocalMetricFrame, cx: number, cy: number, radius: number, from: number, to: number, out: Position[]): void {
  const r = radius * AREA_SCALE;
  if (r === 0) {
    out.push(frame.toLonLat(cx, cy));
    return;
  }
  const steps = Math.max(1, Math.ceil((to - from) / STEP_ANGLE - 1e-9));
  for (let k = 0; k <= steps; k++) {
    const angle = from + ((to - from) * k) / steps;
    out.push(frame.toLonLat(cx + r * Math.cos(angle), cy + r * Math.sin(angle)));
  }
}

/** A disc of `radiusMetres` around `centre`, or null for a non-positive radius. */
export function discPolygon(centre: Position, radiusMetres: number): Polygon | null {
  if (!(radiusMetres > 0)) return null;
  const frame = new LocalMetricFrame(centre);
  const ring: Position[] = [];
  for (let k = 0; k < CIRCLE_STEPS; k++) {
    const angle = k * STEP_ANGLE;
    ring.push(frame.toLonLat(radiusMetres * AREA_SCALE * Math.cos(angle), radiusMetres * AREA_SCALE * Math.sin(angle)));
  }
  ring.push(ring[0]);
  return { type: "Polygon", coordinates: [ring] };
}

/**
 * The union of discs centred along segment A→B whose radius goes linearly
 * from `radiusA` to `radiusB` (metres). Null when both radii are zero.
 */
export function taperedCapsule(a: Position, b: Position, radiusA: number, radiusB: number): Polygon | null {
  const rA = Math.max(0, radiusA);
  const rB = Math.max(0, radiusB);
  if (rA === 0 && rB === 0) return null;
  const frame = new LocalMetricFrame(a);
  const [bx, by] = frame.toPlane(b);
  const d = Math.hypot(bx, by);
  if (d + Math.min(rA, rB) <= Math.max(rA, rB)) return rA >= rB ? discPolygon(a, rA) : discPolygon(b, rB);
  const theta = Math.atan2(by, bx);
  const phi = Math.acos((rA - rB) / d);
  const ring: Position[] = [];
  arc(frame, bx, by, rB, theta - phi, theta + phi, ring);
  arc(frame, 0, 0, rA, theta + phi, theta + 2 * Math.PI - phi, ring);
  ring.push(ring[0]);
  return { type: "Polygon", coordinates: [ring] };
}
