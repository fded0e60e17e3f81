// Snapping a position onto a set of lines (a border marker onto the border
// line, a militia post onto a road, a village vertex onto the commune
// boundary): the nearest point on any segment, if it lies within a tolerance
// in metres. Distances are measured in a local metric frame centred on the
// query position (accurate to ~1e-4 over a few km, far below any snapping
// tolerance). Segments are indexed with Flatbush when there are many, so a
// snap while dragging over a 100,000-segment boundary stays a few box tests.

import Flatbush from "flatbush";
import type { Geometry, Position } from "geojson";
import { LocalMetricFrame } from "../geodesy/local-metric-frame";
import { metresPerDegree } from "../geodesy/wgs84-ellipsoid";

export interface SnapResult {
  position: [number, number];
  distanceMetres: number;
}

/** Below this many segments a linear scan is as fast as building an index. */
const INDEX_THRESHOLD = 64;

/** The lines of a geometry a position may snap onto: line strings and polygon rings. */
export function snapLinesOf(geometry: Geometry | null | undefined): Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case "LineString":
      return [geometry.coordinates];
    case "MultiLineString":
      return geometry.coordinates;
    case "Polygon":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    case "GeometryCollection":
      return geometry.geometries.flatMap(snapLinesOf);
    default:
      return [];
  }
}

/** Nearest point of segment a–b to the origin of a local plane, in that plane. */
function nearestOnSegment(ax: number, ay: number, bx: number, by: number): [number, number] {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return [ax + t * dx, ay + t * dy];
}

export class LineSnapper {
  /** Segment i runs from starts[i] to ends[i]. */
  private readonly starts: Position[] = [];
  private readonly ends: Position[] = [];
  private readonly index: Flatbush | null = null;

  constructor(lines: readonly (readonly Position[])[]) {
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        this.starts.push(line[i - 1]);
        this.ends.push(line[i]);
      }
    }
    if (this.starts.length >= INDEX_THRESHOLD) {
      this.index = new Flatbush(this.starts.length);
      for (let i = 0; i < this.starts.length; i++) {
        const [ax, ay] = this.starts[i];
        const [bx, by] = this.ends[i];
        this.index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
      this.index.finish();
    }
  }

  get segmentCount(): number {
    return this.starts.length;
  }

  /** The nearest point on the lines within `toleranceMetres` of `position`, or null when none is that close. */
  snap(position: Position, toleranceMetres: number): SnapResult | null {
    const frame = new LocalMetricFrame(position);
    let best: SnapResult | null = null;
    const visit = (i: number) => {
      const [ax, ay] = frame.toPlane(this.starts[i]);
      const [bx, by] = frame.toPlane(this.ends[i]);
      const [x, y] = nearestOnSegment(ax, ay, bx, by);
      const distance = Math.hypot(x, y);
      if (distance <= toleranceMetres && (!best || distance < best.distanceMetres)) best = { position: frame.toLonLat(x, y), distanceMetres: distance };
    };
    if (this.index) {
      // A box a little larger than the tolerance, so nothing within it is missed.
      const perDegree = metresPerDegree(position[1]);
      const lonPad = (toleranceMetres / perDegree.lon) * 1.01;
      const latPad = (toleranceMetres / perDegree.lat) * 1.01;
      for (const i of this.index.search(position[0] - lonPad, position[1] - latPad, position[0] + lonPad, position[1] + latPad)) visit(i);
    } else {
      for (let i = 0; i < this.starts.length; i++) visit(i);
    }
    return best;
  }
}

/** One-off form: nearest point on `lines` within `toleranceMetres`, or null. */
export function snapToLines(position: Position, lines: readonly (readonly Position[])[], toleranceMetres: number): SnapResult | null {
  return new LineSnapper(lines).snap(position, toleranceMetres);
}
