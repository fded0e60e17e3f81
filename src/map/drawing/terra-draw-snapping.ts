// Adapts a pure snapping function (src/geo/shapes/snap-to-lines.ts) to
// terra-draw's custom snapping hook, so a vertex being drawn or dragged
// jumps onto a border line, a road or the commune boundary.

import type { Position } from "geojson";
import type { SnapToCustom } from "terra-draw";

/** Returns the snapped position, or null to leave the pointer where it is. */
export type SnapPosition = (position: Position) => Position | null;

export function terraDrawSnapping(snap: SnapPosition | null): { toCustom: SnapToCustom } | undefined {
  if (!snap) return undefined;
  return { toCustom: (event) => snap([event.lng, event.lat]) ?? undefined };
}
