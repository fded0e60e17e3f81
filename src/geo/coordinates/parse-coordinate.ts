// One entry point for the "Tọa độ" field: recognises the format (MGRS,
// VN-2000 grid, WGS84 degrees), converts to WGS84 and checks the area. Every
// failure is one Vietnamese sentence saying what is wrong.

import type { CoordinateParseResult } from "../../domain/coordinate-systems";
import { checkArea, type AreaOfInterest } from "./coordinate-area";
import { normaliseCoordinateText } from "./coordinate-text";
import { looksLikeMgrs, parseMgrs } from "./mgrs-grid";
import { parseDegrees } from "./parse-degrees";
import { looksProjected, parseProjected } from "./parse-projected";

function recognise(text: string, tm3Meridian?: number): CoordinateParseResult {
  const normalised = normaliseCoordinateText(text);
  if (normalised === "") return { ok: false, message: "Chưa nhập tọa độ." };
  if (looksLikeMgrs(normalised)) {
    const result = parseMgrs(normalised);
    return result.ok ? { ok: true, position: result.position, system: "mgrs" } : result;
  }
  if (looksProjected(normalised)) return parseProjected(normalised, tm3Meridian);
  return parseDegrees(normalised);
}

/** `tm3Meridian`: the province's VN-2000 3° zone (default Hà Tĩnh, 105°30′). */
export function parseCoordinate(text: string, area?: AreaOfInterest, tm3Meridian?: number): CoordinateParseResult {
  const result = recognise(text, tm3Meridian);
  if (!result.ok) return result;
  const inArea = checkArea(result.position, area);
  return inArea.ok ? result : inArea;
}
