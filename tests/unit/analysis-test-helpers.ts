// Shared by the analysis tests: the sample commune's layers (deep-frozen), an
// independent WGS84 reference (GeographicLib), and a seeded random source.

import { readFileSync } from "node:fs";
import { Geodesic } from "geographiclib-geodesic";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function sampleFeatures(layer: string): readonly Feature<Geometry | null>[] {
  return deepFreeze((JSON.parse(readFileSync(`data/vu-quang/${layer}.geojson`, "utf8")) as FeatureCollection).features);
}

const wgs84 = Geodesic.WGS84;

/** Reference ellipsoidal distance (metres) and initial azimuth (0–360°). */
export function referenceInverse([lon1, lat1]: Position, [lon2, lat2]: Position): { metres: number; bearing: number } {
  const result = wgs84.Inverse(lat1, lon1, lat2, lon2);
  return { metres: result.s12 ?? NaN, bearing: (((result.azi1 ?? NaN) % 360) + 360) % 360 };
}

/** Reference area (m²) of one ring, densified like RFC 7946 straight lon/lat edges. */
export function referenceRingArea(ring: readonly Position[]): number {
  const polygon = wgs84.Polygon(false);
  for (let i = 0; i < ring.length - 1; i++) {
    const [lonA, latA] = ring[i];
    const [lonB, latB] = ring[i + 1];
    const pieces = Math.max(1, Math.ceil(Math.max(Math.abs(lonB - lonA), Math.abs(latB - latA)) / 0.002));
    for (let k = 0; k < pieces; k++) polygon.AddPoint(latA + ((latB - latA) * k) / pieces, lonA + ((lonB - lonA) * k) / pieces);
  }
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}

export function referenceLength(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += referenceInverse(line[i - 1], line[i]).metres;
  return total;
}

export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}
