// Every layer an analysis receives goes through the normalisation door
// (src/geo/normalize) before any analysis sees it: the commune boundary,
// villages, parcels, border lines, roads, posts… wherever they came from
// (sample, import, drawing). Any array of GeoJSON features in the input —
// at the top level or one object down (the belt's `layers`, the travel
// mode's `roads`) — is replaced by its normalised copy; features that need
// nothing are passed on as they are.

import type { Feature, Geometry } from "geojson";
import { normalizeFeatures } from "../geo/normalize";

const isFeatureArray = (value: unknown): value is Feature<Geometry | null>[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "object" && item !== null && (item as { type?: unknown }).type === "Feature");

function normalizeMembers(value: object, depth: number): object {
  const result: Record<string, unknown> = { ...value };
  for (const [key, member] of Object.entries(value)) {
    if (isFeatureArray(member)) result[key] = normalizeFeatures(member).features;
    else if (depth > 0 && typeof member === "object" && member !== null && !Array.isArray(member)) result[key] = normalizeMembers(member, depth - 1);
  }
  return result;
}

export function normalizeAnalysisInput<T extends object>(input: T): T {
  return normalizeMembers(input, 1) as T;
}
