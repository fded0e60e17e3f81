// Area on the WGS84 ellipsoid with GeographicLib (independent of the app's own
// src/geo/geodesic-area.ts, which the tests compare against it). Edges are
// densified to 0.002° so they follow straight lon/lat lines as RFC 7946 reads
// them, like the app does.
import geodesic from "geographiclib-geodesic";

const wgs84 = geodesic.Geodesic.WGS84;
const STEP_DEGREES = 0.002;

export function ringAreaM2(ring) {
  const polygon = wgs84.Polygon(false);
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lonA, latA] = ring[i];
    const [lonB, latB] = ring[i + 1];
    const pieces = Math.max(1, Math.ceil(Math.max(Math.abs(lonB - lonA), Math.abs(latB - latA)) / STEP_DEGREES));
    for (let k = 0; k < pieces; k++) polygon.AddPoint(latA + ((latB - latA) * k) / pieces, lonA + ((lonB - lonA) * k) / pieces);
  }
  return Math.abs(polygon.Compute(false, true).area);
}

/** Outer rings minus holes, in m², for a Polygon or MultiPolygon. */
export function arealAreaM2(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) rings.forEach((ring, index) => (total += index === 0 ? ringAreaM2(ring) : -ringAreaM2(ring)));
  return total;
}
