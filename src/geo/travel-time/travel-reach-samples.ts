// Which area samples (area-sampling.ts) a post standing at a given spot would
// reach within N minutes along the roads — the very shapes a real post gets
// (travel-reach.ts), so a suggested post promises what the coverage will show.
// The pieces (walking disc + road capsules) are tested one by one instead of
// being unioned first: a point lies in the union exactly when it lies in one
// piece, and skipping the Clipper union makes a spot ~10× cheaper, which is
// what lets the next-post search score hundreds of candidate spots. Samples
// lie on grid rows, so each piece is tested row by row (row-crossing-polygon.ts).

import KDBush from "kdbush";
import type { Position } from "geojson";
import { geometryBox } from "../indexes/polygon-index";
import type { RoadGraph } from "./road-graph";
import { RowCrossingPolygon } from "../indexes/row-crossing-polygon";
import { travelReachPolygons } from "./travel-reach";

export class TravelReachSamples {
  /** Samples indexed by longitude/latitude, to match the pieces' boxes. */
  private readonly tree: KDBush;
  /** `stamp[i] === visit` marks sample i as already found for the current spot (no clearing between spots). */
  private readonly stamp: Int32Array;
  private visit = 0;

  constructor(
    private readonly samples: readonly Position[],
    private readonly graph: RoadGraph,
    private readonly minutes: number,
    /** Metres per minute on foot. */
    private readonly walkingSpeed: number,
  ) {
    this.tree = new KDBush(samples.length, 64, Float64Array);
    for (const [lon, lat] of samples) this.tree.add(lon, lat);
    this.tree.finish();
    this.stamp = new Int32Array(samples.length);
  }

  /** Indices of the samples inside the travel reach of a post at `spot`. */
  reachedFrom(spot: Position): Int32Array {
    this.visit += 1;
    const found: number[] = [];
    for (const piece of travelReachPolygons(this.graph, spot, this.minutes, this.walkingSpeed)) {
      const [minLon, minLat, maxLon, maxLat] = geometryBox(piece);
      const inside = new RowCrossingPolygon(piece);
      for (const i of this.tree.range(minLon, minLat, maxLon, maxLat)) {
        if (this.stamp[i] === this.visit) continue;
        const [lon, lat] = this.samples[i];
        if (!inside.contains(lon, lat)) continue;
        this.stamp[i] = this.visit;
        found.push(i);
      }
    }
    return Int32Array.from(found);
  }
}
