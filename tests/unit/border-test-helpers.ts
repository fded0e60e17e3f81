// Helpers for the border tests: the sample layers read from disk, deep-frozen.

import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function sampleLayerFromDisk(layerId: string): FeatureCollection {
  return deepFreeze(JSON.parse(readFileSync(`data/vu-quang/${layerId}.geojson`, "utf8")) as FeatureCollection);
}
