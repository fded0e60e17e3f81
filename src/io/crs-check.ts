// The legacy GeoJSON 2008 "crs" member. RFC 7946 dropped it and fixed WGS 84
// lon/lat, so a file naming any other system (VN-2000, UTM, Web Mercator) must
// be converted before import; WGS 84 names (CRS84, EPSG:4326) are accepted.

import { isJsonObject } from "./geometry-cursor";

export interface UnsupportedCrs {
  /** What the file names, e.g. "EPSG:3405", or "(không xác định)" when unreadable. */
  readonly name: string;
  readonly isVn2000: boolean;
}

/** EPSG codes of VN-2000: geographic 4756, UTM 48N/49N, TM-3 zones. */
function isVn2000Code(code: number): boolean {
  return code === 4756 || code === 3405 || code === 3406 || (code >= 5896 && code <= 5899) || (code >= 9205 && code <= 9218);
}

/** Null when `crs` is absent, null, or WGS 84 lon/lat; otherwise what it names. */
export function findUnsupportedCrs(crs: unknown): UnsupportedCrs | null {
  if (crs === undefined || crs === null) return null;
  const name = crsName(crs);
  if (name === null) return { name: "(không xác định)", isVn2000: false };
  const trimmed = name.trim();
  if (/crs:*84$/i.test(trimmed)) return null;
  const epsg = /epsg.*?(\d+)$/i.exec(trimmed);
  const code = epsg ? Number(epsg[1]) : NaN;
  if (code === 4326) return null;
  return { name: trimmed, isVn2000: isVn2000Code(code) || /vn[-_ ]?2000/i.test(trimmed) };
}

/** `{type: "name", properties: {name}}` or `{type: "link", properties: {href}}`. */
function crsName(crs: unknown): string | null {
  if (!isJsonObject(crs) || !isJsonObject(crs.properties)) return null;
  const { name, href } = crs.properties;
  if (typeof name === "string") return name;
  if (typeof href === "string") return href;
  return null;
}
