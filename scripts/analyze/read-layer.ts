// Reads a GeoJSON file for the command line: a FeatureCollection, a Feature
// or a bare geometry, as a list of features; unreadable or non-GeoJSON input
// becomes a Vietnamese error naming the file.

import { readFileSync } from "node:fs";
import type { Feature, Geometry } from "geojson";
import { AnalysisInputError } from "../../src/geo/analysis-results/analysis-errors";

const GEOMETRY_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]);

export function readLayer(path: string): Feature<Geometry | null>[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new AnalysisInputError(`Không đọc được tệp “${path}”: tệp không tồn tại hoặc không có quyền đọc.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new AnalysisInputError(`Tệp “${path}” không phải JSON hợp lệ: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const object = value as { type?: unknown; features?: unknown };
  if (object?.type === "FeatureCollection" && Array.isArray(object.features)) return object.features as Feature<Geometry | null>[];
  if (object?.type === "Feature") return [value as Feature<Geometry | null>];
  if (typeof object?.type === "string" && GEOMETRY_TYPES.has(object.type)) return [{ type: "Feature", properties: {}, geometry: value as Geometry }];
  throw new AnalysisInputError(`Tệp “${path}” không phải GeoJSON (cần FeatureCollection, Feature hoặc hình học).`);
}

export function readOptionalLayer(path: string | undefined): Feature<Geometry | null>[] {
  return path === undefined ? [] : readLayer(path);
}
