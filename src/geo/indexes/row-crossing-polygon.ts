// Point-in-polygon for many points that share few latitudes — the rows of a
// sample grid (area-sampling.ts lays each row at one latitude). The crossings
// of a row with the polygon's edges are found once and sorted; a point is then
// inside when an odd number of them lie west of it: O(log crossings) per point
// instead of pointInPolygon's O(edges). Scoring a travel reach over a dense
// grid (a 1 km walking disc holds ~1,400 samples at 48 m spacing) is ~10×
// faster this way. Same even-odd rule and half-open edge test as
// point-in-polygon.ts; a point exactly on an edge may fall either way, which
// a sample count does not notice. BandedPolygon serves the other pattern
// (one big polygon, points anywhere).

import type { Polygon } from "geojson";

export class RowCrossingPolygon {
  private readonly rows = new Map<number, Float64Array>();

  constructor(private readonly polygon: Polygon) {}

  contains(lon: number, lat: number): boolean {
    let crossings = this.rows.get(lat);
    if (!crossings) {
      crossings = this.crossingsAt(lat);
      this.rows.set(lat, crossings);
    }
    let low = 0;
    let high = crossings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (crossings[middle] < lon) low = middle + 1;
      else high = middle;
    }
    return (low & 1) === 1;
  }

  /** Longitudes where the parallel `lat` crosses the rings (holes included), sorted. */
  private crossingsAt(lat: number): Float64Array {
    const crossings: number[] = [];
    for (const ring of this.polygon.coordinates) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i];
        const b = ring[j];
        if (a[1] > lat !== b[1] > lat) crossings.push(a[0] + ((lat - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
      }
    }
    return Float64Array.from(crossings).sort();
  }
}
