// Reads a GeoJSON file for the command line: a FeatureCollection, a Feature
// or a bare geometry, as a list of features; unreadable or non-GeoJSON input
// becomes a Vietnamese error naming the file, and so does a position outside
// longitude −180…180 / latitude −90…90 (e.g. a post at latitude 105.43: the
// pair written [lat, lon]). Geometries are then normalised (src/geo/normalize:
// repeated vertices, ring closing and orientation, self-intersections) and
// what changed is said on stderr, never on stdout.

import { readFileSync } from "node:fs";
import type { Feature, Geometry } from "geojson";
import { AnalysisInputError } from "../../src/geo/analysis-results/analysis-errors";
import { describeNormalization, normalizeFeatures, reportChangedAnything } from "../../src/geo/normalize";

const GEOMETRY_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]);

type Nested = number | Nested[];

/** The first position outside the valid ranges, or null. */
function badPosition(coordinates: Nested): number[] | null {
  if (!Array.isArray(coordinates)) return null;
  if (coordinates.length >= 2 && typeof coordinates[0] === "number") {
    const [lon, lat] = coordinates as number[];
    return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? null : (coordinates as number[]);
  }
  for (const inner of coordinates) {
    const found = badPosition(inner);
    if (found) return found;
  }
  return null;
}

function geometryPositions(geometry: Geometry | null): Nested[] {
  if (!geometry) return [];
  if (geometry.type === "GeometryCollection") return geometry.geometries.flatMap(geometryPositions);
  return [geometry.coordinates as Nested];
}

function checkPositions(path: string, features: Feature<Geometry | null>[]): Feature<Geometry | null>[] {
  for (const [index, feature] of features.entries()) {
    for (const coordinates of geometryPositions(feature?.geometry ?? null)) {
      const bad = badPosition(coordinates);
      if (bad) {
        const swapped = Math.abs(bad[0]) <= 90 && Math.abs(bad[1]) <= 180 ? " Có thể kinh độ và vĩ độ bị đảo: GeoJSON ghi [kinh độ, vĩ độ]." : "";
        throw new AnalysisInputError(`Tệp “${path}”, đối tượng thứ ${index + 1}: tọa độ [${bad.slice(0, 2).join(", ")}] nằm ngoài kinh độ −180…180 / vĩ độ −90…90.${swapped}`);
      }
    }
  }
  return features;
}

export function readLayer(path: string): Feature<Geometry | null>[] {
  // Positions out of range are refused before normalising (a [lat, lon] pair must not be "repaired").
  const { features, report } = normalizeFeatures(checkPositions(path, readRawLayer(path)));
  if (reportChangedAnything(report)) process.stderr.write(`Tệp “${path}”: ${describeNormalization(report)}\n`);
  return features;
}

function readRawLayer(path: string): Feature<Geometry | null>[] {
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
