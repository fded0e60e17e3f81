// Parses VN-2000 grid coordinates: the provincial 3° TM zone of Hà Tĩnh by
// default ("X=2025270 Y=544140", "2025270 544140"), or a UTM zone when named
// ("UTM 48N 544140 2024560", "48N E=544140 N=2024560"). Vietnamese surveying
// writes X = northing (Bắc) and Y = easting (Đông); unlabelled pairs are
// ordered by size, because in Vietnam every northing (> 900 000 m) exceeds
// every easting (< 900 000 m).

import type { CoordinateParseResult, CoordinateSystemId } from "../../domain/coordinate-systems";
import { numbersIn } from "./coordinate-text";
import { HA_TINH_CENTRAL_MERIDIAN, vn2000GridToWgs84, type GridPosition, type Vn2000Grid } from "./vn2000-projections";
import { tm3Zone, vn2000ZoneToWgs84 } from "./vn2000-zone";

const UTM_ZONE = /\bUTM\s*(\d{1,2})\s*[NPQ]?\b|^(\d{2})\s*[NPQ]\b/;

const GRID_SYSTEM: Record<Vn2000Grid, CoordinateSystemId> = { tm3: "vn2000-tm3", utm48: "vn2000-utm48", utm49: "vn2000-utm49" };

/** True when the (normalised) text names a grid or holds a number too large to be degrees. */
export function looksProjected(text: string): boolean {
  if (/VN|UTM|\b[XY]\s*[=:]|\b[EN]\s*[=:]/.test(text)) return true;
  return numbersIn(text).some((value) => Math.abs(value) >= 1000);
}

type Labelled = { northing?: number; easting?: number };

function labelledValues(text: string): Labelled | null {
  const found: Labelled = {};
  let any = false;
  for (const match of text.matchAll(/\b([XYEN])\s*[=:]\s*(-?\d+(?:\.\d+)?)/g)) {
    any = true;
    const value = Number(match[2]);
    if (match[1] === "X" || match[1] === "N") found.northing = value;
    else found.easting = value;
  }
  return any ? found : null;
}

function gridPosition(text: string): GridPosition | string {
  const labelled = labelledValues(text);
  if (labelled) {
    if (labelled.northing === undefined || labelled.easting === undefined) {
      return "Thiếu một trong hai giá trị: cần cả X (Bắc) và Y (Đông).";
    }
    return { northing: labelled.northing, easting: labelled.easting };
  }
  const values = numbersIn(text);
  if (values.length !== 2) return `Cần đúng hai số X (Bắc) và Y (Đông), nhưng đọc được ${values.length} số.`;
  const [northing, easting] = values[0] >= values[1] ? values : [values[1], values[0]];
  return { northing, easting };
}

/** `tm3Meridian`: central meridian of the province's 3° zone, for X/Y without a named UTM zone. */
export function parseProjected(normalised: string, tm3Meridian = HA_TINH_CENTRAL_MERIDIAN): CoordinateParseResult {
  let text = normalised.replace(/VN\s*-?\s*2000/g, " ").trim();
  let grid: Vn2000Grid = "tm3";
  const zone = UTM_ZONE.exec(text);
  if (zone) {
    const number = Number(zone[1] ?? zone[2]);
    if (number !== 48 && number !== 49) {
      return { ok: false, message: `Múi UTM ${number} không phủ Việt Nam đất liền: chỉ nhận múi 48 hoặc 49.` };
    }
    grid = number === 48 ? "utm48" : "utm49";
    text = text.replace(zone[0], " ");
  } else if (/UTM/.test(text)) {
    return { ok: false, message: "Hãy ghi rõ múi UTM (48 hoặc 49), ví dụ: UTM 48N 544140 2024560." };
  }
  const position = gridPosition(text);
  if (typeof position === "string") return { ok: false, message: position };
  // Name the values as the user's grid does: UTM writes E (easting) and N (northing), the 3° grid X (Bắc) and Y (Đông).
  const names = grid === "tm3" ? { easting: "Y (Đông)", northing: "X (Bắc)" } : { easting: "E (Đông)", northing: "N (Bắc)" };
  if (!(position.easting > 100_000 && position.easting < 900_000)) {
    const swapped = position.easting >= 900_000 && position.northing > 100_000 && position.northing < 900_000;
    const hint = swapped ? ` Có vẻ hai giá trị bị đảo: ${names.northing} là giá trị hàng triệu mét, ${names.easting} là giá trị hàng trăm nghìn mét.` : "";
    return { ok: false, message: `${names.easting} = ${position.easting} m nằm ngoài múi chiếu (phải trong khoảng 100 000 – 900 000 m).${hint}` };
  }
  if (!(position.northing > 0 && position.northing < 10_000_000)) {
    return { ok: false, message: `${names.northing} = ${position.northing} m không hợp lệ ở Bắc bán cầu.` };
  }
  const wgs84 = grid === "tm3" ? vn2000ZoneToWgs84(position, tm3Zone(tm3Meridian)) : vn2000GridToWgs84(position, grid);
  return { ok: true, position: wgs84, system: GRID_SYSTEM[grid] };
}
