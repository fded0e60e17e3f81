// Parses and checks the query of GET /collections/{id}/items (OGC API –
// Features Part 1: limit, bbox, datetime; `after` is this server's keyset
// cursor, carried by `next` links). Unknown parameters are refused (400), as
// Part 1 asks, so a typo never silently returns everything.

import { badRequest } from "../http/problem";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

export interface ItemQuery {
  limit: number;
  bbox: [number, number, number, number] | null;
  /** Inclusive bounds; null = open. */
  datetimeStart: string | null;
  datetimeEnd: string | null;
  after: string | null;
}

const KNOWN_PARAMETERS = new Set(["limit", "bbox", "datetime", "after", "f"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function parseItemQuery(query: Record<string, string | string[] | undefined>): ItemQuery {
  for (const name of Object.keys(query)) {
    if (!KNOWN_PARAMETERS.has(name)) throw badRequest(`Tham số "${name}" không được hỗ trợ.`);
  }
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (Array.isArray(value)) throw badRequest(`Tham số "${name}" chỉ được có một giá trị.`);
    return value;
  };
  const format = single("f");
  if (format !== undefined && !["json", "geojson"].includes(format)) throw badRequest("Chỉ hỗ trợ định dạng GeoJSON (f=json).");
  const after = single("after") ?? null;
  if (after !== null && !isUuid(after)) throw badRequest("Con trỏ trang (after) không hợp lệ.");
  return { limit: parseLimit(single("limit")), bbox: parseBbox(single("bbox")), ...parseDatetime(single("datetime")), after };
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw badRequest("Tham số limit phải là số nguyên dương.");
  // Part 1: a limit above the maximum is lowered to the maximum, not refused.
  return Math.min(limit, MAX_LIMIT);
}

function parseBbox(text: string | undefined): ItemQuery["bbox"] {
  if (text === undefined) return null;
  const numbers = text.split(",").map(Number);
  if (!(numbers.length === 4 || numbers.length === 6) || numbers.some((value) => !Number.isFinite(value))) {
    throw badRequest("Tham số bbox phải gồm 4 (hoặc 6) số: kinh độ tây, vĩ độ nam, kinh độ đông, vĩ độ bắc.");
  }
  const [west, south, east, north] = numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers;
  if (south > north || west > east || south < -90 || north > 90 || west < -180 || east > 180) {
    throw badRequest("Tham số bbox nằm ngoài phạm vi tọa độ hoặc sai thứ tự.");
  }
  return [west, south, east, north];
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseInstant(text: string): string | null {
  if (text === ".." || text === "") return null;
  if (!INSTANT.test(text) || Number.isNaN(Date.parse(text))) {
    throw badRequest("Tham số datetime phải theo RFC 3339 (ví dụ 2025-01-31T08:00:00Z hoặc khoảng a/b, ../b, a/..).");
  }
  return text;
}

function parseDatetime(text: string | undefined): Pick<ItemQuery, "datetimeStart" | "datetimeEnd"> {
  if (text === undefined) return { datetimeStart: null, datetimeEnd: null };
  const parts = text.split("/");
  if (parts.length === 1) {
    const instant = parseInstant(parts[0]);
    if (instant === null) throw badRequest("Tham số datetime không hợp lệ.");
    return { datetimeStart: instant, datetimeEnd: instant };
  }
  if (parts.length !== 2) throw badRequest("Tham số datetime không hợp lệ.");
  const [start, end] = parts.map(parseInstant);
  if (start && end && Date.parse(start) > Date.parse(end)) throw badRequest("Khoảng datetime có đầu sau cuối.");
  return { datetimeStart: start, datetimeEnd: end };
}
