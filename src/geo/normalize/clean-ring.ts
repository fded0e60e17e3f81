// Position-level cleaning of one ring or line: consecutive repeats removed,
// rings closed. Returns the input array itself when nothing changed, so a
// clean geometry passes through untouched (callers compare by identity).

import type { Position } from "geojson";

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

export interface CleanedPositions {
  positions: Position[];
  repeatedRemoved: number;
  closed: boolean;
}

/** Drops a position equal (in x and y) to the one before it. */
export function dropRepeatedPositions(positions: Position[]): { positions: Position[]; repeatedRemoved: number } {
  let repeats = 0;
  for (let i = 1; i < positions.length; i++) if (samePosition(positions[i], positions[i - 1])) repeats++;
  if (repeats === 0) return { positions, repeatedRemoved: 0 };
  const kept = positions.filter((position, i) => i === 0 || !samePosition(position, positions[i - 1]));
  return { positions: kept, repeatedRemoved: repeats };
}

/** A ring without repeats whose last position equals its first. */
export function cleanRing(ring: Position[]): CleanedPositions {
  const { positions, repeatedRemoved } = dropRepeatedPositions(ring);
  if (positions.length > 0 && !samePosition(positions[0], positions[positions.length - 1])) {
    return { positions: [...positions, positions[0]], repeatedRemoved, closed: true };
  }
  return { positions, repeatedRemoved, closed: false };
}

/** Distinct positions of a closed ring (its length without the closing repeat). */
export const distinctRingPositions = (ring: readonly Position[]) => Math.max(0, ring.length - 1);
