// "Vùng chỉ một chốt phủ": the part of the covered area that exactly one post
// reaches — where losing that post leaves a gap. Computed as the covered
// area minus the union of pairwise overlaps (pairs prefiltered by box).

import { boxesOverlap, shapeBox } from "../shapes/shape-bounds";
import { intersection, subtract, unionAll, type Areal } from "../shapes/polygon-boolean";

export function overlapOfPairs(shapes: readonly (Areal | null)[]): Areal | null {
  const present = shapes.filter((shape): shape is Areal => shape !== null);
  const boxes = present.map(shapeBox);
  const overlaps: Areal[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      if (!boxesOverlap(boxes[i], boxes[j])) continue;
      const overlap = intersection(present[i], present[j]);
      if (overlap) overlaps.push(overlap);
    }
  }
  return unionAll(overlaps);
}

export function singlyCovered(covered: Areal | null, reaches: readonly (Areal | null)[]): Areal | null {
  return subtract(covered, overlapOfPairs(reaches));
}
