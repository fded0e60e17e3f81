// Douglas–Peucker simplification of a polyline in metres (local frame),
// returning the kept vertex indices. The road graph keeps the full length of
// each simplified stretch, so travel times stay exact while the reach
// outline moves by at most the tolerance (and fewer, longer capsules make
// the union an order of magnitude faster).

import type { Position } from "geojson";
import { LocalMetricFrame } from "../geodesy/local-metric-frame";

function perpendicularSq(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

export function simplifiedIndices(line: readonly Position[], toleranceMetres: number): number[] {
  if (line.length <= 2 || !(toleranceMetres > 0)) return line.map((_, index) => index);
  const frame = new LocalMetricFrame(line[0]);
  const plane = line.map((position) => frame.toPlane(position));
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const toleranceSq = toleranceMetres * toleranceMetres;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestSq = toleranceSq;
    for (let i = first + 1; i < last; i++) {
      const distanceSq = perpendicularSq(plane[i], plane[first], plane[last]);
      if (distanceSq > farthestSq) {
        farthest = i;
        farthestSq = distanceSq;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  const indices: number[] = [];
  keep.forEach((kept, index) => kept && indices.push(index));
  return indices;
}
