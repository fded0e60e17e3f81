// Which layer each edited layer snaps onto: a border marker onto the border
// line, a village's vertices onto the commune boundary, a militia post onto a
// road (off unless asked for: most posts stand beside the road, not on it).

import type { BuiltInLayerId } from "../../domain/layer-catalog";

export interface SnapTarget {
  layerId: BuiltInLayerId;
  /** The snapping toggle's label. */
  label: string;
  onByDefault: boolean;
}

const SNAP_TARGETS: Partial<Record<BuiltInLayerId, SnapTarget>> = {
  "border-marker": { layerId: "border-line", label: "Bám vào đường biên giới", onByDefault: true },
  village: { layerId: "commune", label: "Bám đỉnh vào ranh giới xã", onByDefault: true },
  "militia-post": { layerId: "road", label: "Bám vào tuyến đường", onByDefault: false },
};

export function snapTargetOf(layerId: BuiltInLayerId): SnapTarget | null {
  return SNAP_TARGETS[layerId] ?? null;
}

/** How far a click or a dragged vertex reaches for the snap line, on screen. */
export const SNAP_PIXELS = 14;

/** Ground metres per CSS pixel of a Web Mercator map at `zoom` and `latitude` (512-px tiles, MapLibre). */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
