// How far a militia post reaches: (a) a straight-line radius, or (b) the
// area reachable within N minutes along the road layer. Each post may carry
// its own value (`radiusM`, `responseMinutes`), else the global setting holds.

import type { Feature, Geometry, Point } from "geojson";
import type { TravelSpeeds } from "../travel-time/road-speeds";

export type CoverageMode =
  | { kind: "radius"; radiusMetres: number; usePostAttribute: boolean }
  | { kind: "travel"; minutes: number; usePostAttribute: boolean; roads: readonly Feature<Geometry | null>[]; speeds: TravelSpeeds };

const positiveNumber = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null);

/** The radius (metres) or time (minutes) that applies to one post. */
export function reachOfPost(mode: CoverageMode, post: Feature<Point>): number {
  if (mode.kind === "radius") {
    return (mode.usePostAttribute && positiveNumber(post.properties?.radiusM)) || Math.max(0, mode.radiusMetres);
  }
  return (mode.usePostAttribute && positiveNumber(post.properties?.responseMinutes)) || Math.max(0, mode.minutes);
}

export function describeReach(mode: CoverageMode, value: number): string {
  return mode.kind === "radius" ? `${Math.round(value).toLocaleString("vi-VN")} m` : `${value.toLocaleString("vi-VN")} phút`;
}
