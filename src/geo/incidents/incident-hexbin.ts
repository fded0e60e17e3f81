// Hex-bin density of incidents "by area" (issue #4: hotspot density): a
// pointy-top hexagonal grid of a fixed size in metres, on a local
// equirectangular frame around the commune (distortion < 0.1 % over 50 km),
// counted in one pass with axial-coordinate rounding — no polygon tests, so
// 100,000 points take milliseconds.

import type { Feature, FeatureCollection, Polygon } from "geojson";

const METRES_PER_DEGREE = 111_320;

export interface HexBinOptions {
  /** Centre of the local frame (e.g. the commune centre). */
  originLon: number;
  originLat: number;
  /** Distance from a hexagon's centre to a corner, in metres. */
  radiusMetres: number;
}

export interface HexBinProperties {
  id: string;
  count: number;
}

function roundAxial(q: number, r: number): [number, number] {
  const s = -q - r;
  let rq = Math.round(q);
  let rr = Math.round(r);
  const rs = Math.round(s);
  const dq = Math.abs(rq - q);
  const dr = Math.abs(rr - r);
  const ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  return [rq, rr];
}

export function hexBins(lons: ArrayLike<number>, lats: ArrayLike<number>, indexes: ArrayLike<number>, options: HexBinOptions): FeatureCollection<Polygon, HexBinProperties> {
  const { originLon, originLat, radiusMetres: size } = options;
  const metresPerLon = METRES_PER_DEGREE * Math.cos((originLat * Math.PI) / 180);
  const counts = new Map<string, { q: number; r: number; count: number }>();
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    const x = (lons[i] - originLon) * metresPerLon;
    const y = (lats[i] - originLat) * METRES_PER_DEGREE;
    const [q, r] = roundAxial(((Math.sqrt(3) / 3) * x - y / 3) / size, ((2 / 3) * y) / size);
    const key = `${q}:${r}`;
    const cell = counts.get(key);
    if (cell) cell.count += 1;
    else counts.set(key, { q, r, count: 1 });
  }
  const features: Feature<Polygon, HexBinProperties>[] = [];
  for (const [key, { q, r, count }] of counts) {
    const cx = size * Math.sqrt(3) * (q + r / 2);
    const cy = size * 1.5 * r;
    const ring: [number, number][] = [];
    for (let corner = 0; corner <= 6; corner++) {
      const angle = (Math.PI / 180) * (60 * (corner % 6) - 30);
      ring.push([originLon + (cx + size * Math.cos(angle)) / metresPerLon, originLat + (cy + size * Math.sin(angle)) / METRES_PER_DEGREE]);
    }
    features.push({ type: "Feature", id: key, properties: { id: key, count }, geometry: { type: "Polygon", coordinates: [ring] } });
  }
  return { type: "FeatureCollection", features };
}
