// VN-2000 ↔ WGS84 with proj4 (DOMAIN.md §5). VN-2000 uses the WGS84 ellipsoid
// with a 7-parameter Helmert shift from Decision 05/2007/QĐ-BTNMT:
//   +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278
// ROTATION CONVENTION: proj4 (like PROJ) reads +towgs84 rotations as
// POSITION-VECTOR (EPSG method 9606): X_wgs = T + (1 + s·10⁻⁶)·R·X_vn2000 with
// R = [[1, −rz, ry], [rz, 1, −rx], [−ry, rx, 1]] (seconds of arc). Code that uses the
// coordinate-frame convention flips the rotation signs; the difference here is
// well below 1 m. Tests check these conversions against an independent
// Helmert + Transverse Mercator implementation (tests/unit/coordinates-*.test.ts).
//
// Projected VN-2000 grids: Hà Tĩnh's provincial 3° TM zone (central meridian
// 105°30′, k = 0.9999, false easting 500 000 m) and UTM zones 48N/49N
// (EPSG:3405/3406, k = 0.9996). Vietnamese surveying writes X = northing and
// Y = easting; the functions here speak easting/northing to avoid that trap.

import proj4 from "proj4";
import type { LonLat } from "../../domain/coordinate-systems";

export const VN2000_TOWGS84 = [-191.90441429, -39.30318279, -111.45032835, -0.00928836, 0.01975479, -0.00427372, 0.252906278] as const;

const towgs84 = `+towgs84=${VN2000_TOWGS84.join(",")}`;

export const HA_TINH_CENTRAL_MERIDIAN = 105.5;

const DEFINITIONS = {
  wgs84: "+proj=longlat +datum=WGS84 +no_defs",
  geographic: `+proj=longlat +ellps=WGS84 ${towgs84} +no_defs`,
  tm3: `+proj=tmerc +lat_0=0 +lon_0=${HA_TINH_CENTRAL_MERIDIAN} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${towgs84} +units=m +no_defs`,
  utm48: `+proj=utm +zone=48 +ellps=WGS84 ${towgs84} +units=m +no_defs`,
  utm49: `+proj=utm +zone=49 +ellps=WGS84 ${towgs84} +units=m +no_defs`,
} as const;

export type Vn2000Grid = "tm3" | "utm48" | "utm49";

/** Easting/northing in metres on a VN-2000 grid. */
export interface GridPosition {
  easting: number;
  northing: number;
}

const converters = {
  geographic: proj4(DEFINITIONS.wgs84, DEFINITIONS.geographic),
  tm3: proj4(DEFINITIONS.wgs84, DEFINITIONS.tm3),
  utm48: proj4(DEFINITIONS.wgs84, DEFINITIONS.utm48),
  utm49: proj4(DEFINITIONS.wgs84, DEFINITIONS.utm49),
};

/** WGS84 → VN-2000 geographic (degrees on the same ellipsoid, shifted datum). */
export function wgs84ToVn2000Geographic({ lon, lat }: LonLat): LonLat {
  const [x, y] = converters.geographic.forward([lon, lat]);
  return { lon: x, lat: y };
}

export function vn2000GeographicToWgs84({ lon, lat }: LonLat): LonLat {
  const [x, y] = converters.geographic.inverse([lon, lat]);
  return { lon: x, lat: y };
}

export function wgs84ToVn2000Grid(position: LonLat, grid: Vn2000Grid): GridPosition {
  const [easting, northing] = converters[grid].forward([position.lon, position.lat]);
  return { easting, northing };
}

export function vn2000GridToWgs84({ easting, northing }: GridPosition, grid: Vn2000Grid): LonLat {
  const [lon, lat] = converters[grid].inverse([easting, northing]);
  return { lon, lat };
}

/** The UTM zone (48 or 49) a longitude falls in, for Vietnam's mainland grids. */
export function utmGridFor(lon: number): "utm48" | "utm49" {
  return lon < 108 ? "utm48" : "utm49";
}
