// The coordinate systems an officer may type or read (DOMAIN.md §5): WGS84
// (decimal degrees and degrees-minutes-seconds), VN-2000 (Hà Tĩnh's 3° TM
// zone and UTM zones 48/49) and MGRS. Ids are stable; labels are what the
// officer reads next to a converted position.

export type CoordinateSystemId = "wgs84-decimal" | "wgs84-dms" | "vn2000-tm3" | "vn2000-utm48" | "vn2000-utm49" | "mgrs";

export interface CoordinateSystem {
  readonly id: CoordinateSystemId;
  readonly label: string;
  /** A typed example the parser accepts (shown as a hint). */
  readonly example: string;
}

export const COORDINATE_SYSTEMS: readonly CoordinateSystem[] = [
  { id: "wgs84-decimal", label: "WGS84 – độ thập phân", example: "18.308333, 105.419444" },
  { id: "wgs84-dms", label: "WGS84 – độ, phút, giây", example: "18°18′30″N 105°25′10″E" },
  { id: "vn2000-tm3", label: "VN-2000 múi 3° Hà Tĩnh (KTT 105°30′, k = 0,9999)", example: "VN-2000 X=2025018 Y=491289" },
  { id: "vn2000-utm48", label: "VN-2000 UTM múi 48N", example: "VN-2000 UTM 48N 544131 2024459" },
  { id: "vn2000-utm49", label: "VN-2000 UTM múi 49N", example: "VN-2000 UTM 49N E=180000 N=2030000" },
  { id: "mgrs", label: "MGRS (lưới quân sự, WGS84)", example: "48Q WF 44325 24349" },
];

export function coordinateSystemLabel(id: CoordinateSystemId): string {
  return COORDINATE_SYSTEMS.find((system) => system.id === id)?.label ?? id;
}

/** A position in WGS84 (GeoJSON order). */
export interface LonLat {
  lon: number;
  lat: number;
}

export type CoordinateParseResult =
  | { ok: true; position: LonLat; system: CoordinateSystemId; /** e.g. "đã hiểu là kinh độ, vĩ độ" */ note?: string }
  | { ok: false; message: string };
