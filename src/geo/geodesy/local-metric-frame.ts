// A small local plane in metres around one position, with the ellipsoid's
// radii of curvature at that position (east = x, north = y). Over a few
// kilometres its distance error is below 1e-4, so circles and corridors are
// built in a frame centred on their own post or segment, never in degrees.

import type { Position } from "geojson";
import { metresPerDegree } from "./wgs84-ellipsoid";

export class LocalMetricFrame {
  private readonly perLon: number;
  private readonly perLat: number;

  constructor(readonly origin: Position) {
    const scale = metresPerDegree(origin[1]);
    this.perLon = scale.lon;
    this.perLat = scale.lat;
  }

  toPlane([lon, lat]: Position): [number, number] {
    return [(lon - this.origin[0]) * this.perLon, (lat - this.origin[1]) * this.perLat];
  }

  toLonLat(x: number, y: number): [number, number] {
    return [this.origin[0] + x / this.perLon, this.origin[1] + y / this.perLat];
  }
}
