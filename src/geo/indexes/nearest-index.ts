// "Which post is nearest?" for many queries: a Flatbush index over the target
// points (longitude pre-scaled so the planar order is nearly metric), a few
// planar neighbours to get a first exact ellipsoidal distance, then every
// candidate inside a conservative planar bound of it — so the answer is the
// exact ellipsoidal nearest, not an approximation.

import Flatbush from "flatbush";
import type { Position } from "geojson";
import { geodesicInverse } from "../geodesy/geodesic-distance";
import { metresPerDegree } from "../geodesy/wgs84-ellipsoid";

export interface NearestHit {
  index: number;
  metres: number;
  bearing: number;
}

const FIRST_NEIGHBOURS = 4;

export class NearestIndex {
  private readonly index: Flatbush | null;
  private readonly lonScale: number = 1;
  /** Largest |latitude| of the targets: where a planar unit stands for the fewest metres. */
  private readonly extremeLatitude: number = 0;

  constructor(readonly positions: readonly Position[]) {
    if (positions.length === 0) {
      this.index = null;
      return;
    }
    let minLat = Infinity;
    let maxLat = -Infinity;
    for (const [, lat] of positions) {
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
    this.lonScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) || 1;
    this.extremeLatitude = Math.max(Math.abs(minLat), Math.abs(maxLat));
    this.index = new Flatbush(positions.length);
    for (const [lon, lat] of positions) this.index.add(lon * this.lonScale, lat, lon * this.lonScale, lat);
    this.index.finish();
  }

  /**
   * A lower bound of the metres per planar unit between the query and any
   * target (a unit is one degree of latitude, or 1/lonScale of longitude), so
   * "within `bound` units" surely holds every target nearer than a distance.
   */
  private metresPerUnitLowerBound(queryLat: number): number {
    const extreme = Math.min(89, Math.max(this.extremeLatitude, Math.abs(queryLat)) + 0.5);
    return Math.min(metresPerDegree(0).lat, metresPerDegree(extreme).lon / this.lonScale) * 0.99;
  }

  nearest(position: Position, exclude?: (index: number) => boolean): NearestHit | null {
    if (!this.index) return null;
    const x = position[0] * this.lonScale;
    const y = position[1];
    const filter = exclude ? (index: number) => !exclude(index) : undefined;
    let best: NearestHit | null = null;
    const consider = (index: number) => {
      const { metres, bearing } = geodesicInverse(position, this.positions[index]);
      if (!best || metres < best.metres) best = { index, metres, bearing };
    };
    for (const index of this.index.neighbors(x, y, FIRST_NEIGHBOURS, Infinity, filter)) consider(index);
    if (!best) return null;
    const bound = (best as NearestHit).metres / this.metresPerUnitLowerBound(position[1]);
    for (const index of this.index.neighbors(x, y, Infinity, bound, filter)) consider(index);
    return best;
  }
}

/** The same answer by measuring every target: the baseline for tests and benchmarks. */
export function nearestBruteForce(positions: readonly Position[], position: Position): NearestHit | null {
  let best: NearestHit | null = null;
  positions.forEach((target, index) => {
    const { metres, bearing } = geodesicInverse(position, target);
    if (!best || metres < best.metres) best = { index, metres, bearing };
  });
  return best;
}
