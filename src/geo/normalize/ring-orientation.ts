// Orientation by the shoelace sum in lon/lat: only its sign is used, and a
// ring small enough to matter is far too small for the sphere to flip it.

import type { Position } from "geojson";

/** Twice the signed planar area; > 0 for counter-clockwise rings. */
export function signedRingArea(ring: readonly Position[]): number {
  if (ring.length === 0) return 0;
  // Relative to the first position: products of ~105° × ~18° would lose the small area of a small ring.
  const [x0, y0] = ring[0];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += (ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0);
  }
  return sum;
}

/** The ring in RFC 7946 order (outer counter-clockwise, holes clockwise); the same array when already so. */
export function orientRing(ring: Position[], outer: boolean): { ring: Position[]; reversed: boolean } {
  const counterClockwise = signedRingArea(ring) > 0;
  if (counterClockwise === outer) return { ring, reversed: false };
  return { ring: [...ring].reverse(), reversed: true };
}
