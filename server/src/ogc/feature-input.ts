// Checks a GeoJSON Feature sent for writing and splits it into what the
// database keeps in columns (geometry, commune codes, shared flag, soft-delete
// time, the item's time) and the remaining properties, stored as jsonb.

import type { CollectionDefinition } from "../collections/collection-registry";
import { badRequest, unprocessable } from "../http/problem";
import { isUuid } from "./item-query";

export interface FeatureInput {
  id: string | null;
  /** GeoJSON geometry as text for st_geomfromgeojson, or null. */
  geometry: string | null;
  properties: Record<string, unknown>;
  communeCodes: string[] | null;
  shared: boolean | null;
  deletedAt: string | null;
  datetime: string | null;
}

/** Fields the server owns or keeps in columns; never stored twice in `properties`. */
const SERVER_FIELDS = ["version", "deletedAt", "communeCodes", "communeCode", "sharedWithBorderStation"];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseCommuneCodes(properties: Record<string, unknown>): string[] | null {
  const raw = properties.communeCodes ?? (properties.communeCode === undefined ? undefined : [properties.communeCode]);
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw) || raw.length === 0 || raw.some((code) => typeof code !== "string" || !/^\d{5}$/.test(code))) {
    throw unprocessable("Mã xã (communeCodes) phải là danh sách mã 5 chữ số.");
  }
  return [...new Set(raw as string[])].sort();
}

function parseTime(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw unprocessable(`Trường ${field} phải là thời điểm ISO 8601.`);
  return value;
}

export function parseFeatureInput(body: unknown, collection: CollectionDefinition): FeatureInput {
  if (!isObject(body) || body.type !== "Feature") throw badRequest("Nội dung gửi lên phải là một GeoJSON Feature.");
  if (body.id !== undefined && (typeof body.id !== "string" || !isUuid(body.id))) throw unprocessable("Mã mục (id) phải là UUID do thiết bị tạo.");
  const properties = body.properties ?? {};
  if (!isObject(properties)) throw badRequest("Trường properties phải là một đối tượng.");
  const geometry = body.geometry ?? null;
  if (collection.geometryTypes.length === 0 ? geometry !== null : !isObject(geometry) || !collection.geometryTypes.includes(String(geometry.type))) {
    const allowed = collection.geometryTypes.join(", ") || "không có (null)";
    throw unprocessable(`Hình học không hợp lệ cho lớp này; chấp nhận: ${allowed}.`);
  }
  const shared = properties.sharedWithBorderStation;
  if (shared !== undefined && typeof shared !== "boolean") throw unprocessable("Trường sharedWithBorderStation phải là true hoặc false.");
  const stored = Object.fromEntries(Object.entries(properties).filter(([name]) => !SERVER_FIELDS.includes(name)));
  return {
    id: typeof body.id === "string" ? body.id.toLowerCase() : null,
    geometry: geometry === null ? null : JSON.stringify(geometry),
    properties: stored,
    communeCodes: parseCommuneCodes(properties),
    shared: shared ?? null,
    deletedAt: parseTime(properties.deletedAt, "deletedAt"),
    datetime: collection.temporalProperty ? parseTime(properties[collection.temporalProperty], collection.temporalProperty) : null,
  };
}

/** JSON Merge Patch (RFC 7396): null removes, objects merge, everything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete result[name];
    else result[name] = mergePatch(result[name], value);
  }
  return result;
}
