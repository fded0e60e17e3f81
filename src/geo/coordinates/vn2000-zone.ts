// Any VN-2000 grid, not only Hà Tĩnh's: a provincial 3° Transverse Mercator
// zone with its own central meridian (k = 0.9999) or a UTM zone 48N/49N
// (k = 0.9996), plus VN-2000 geographic. Built on the same 7-parameter shift
// and rotation convention as vn2000-projections.ts (VN2000_TOWGS84, read by
// proj4 as position-vector); this file only adds the free meridian, the EPSG
// codes of the family and one cached proj4 converter per zone.

import proj4 from "proj4";
import type { LonLat } from "../../domain/coordinate-systems";
import { VN2000_TOWGS84, type GridPosition } from "./vn2000-projections";

export type Vn2000Crs =
  | { readonly kind: "vn2000-geographic" }
  | { readonly kind: "vn2000-tm"; readonly centralMeridian: number; readonly scale: number; readonly falseEasting: number };

export const TM3_SCALE = 0.9999;
export const UTM_SCALE = 0.9996;

export function tm3Zone(centralMeridian: number): Vn2000Crs {
  return { kind: "vn2000-tm", centralMeridian, scale: TM3_SCALE, falseEasting: 500_000 };
}

export function utmZone(zone: 48 | 49): Vn2000Crs {
  return { kind: "vn2000-tm", centralMeridian: zone * 6 - 183, scale: UTM_SCALE, falseEasting: 500_000 };
}

/** EPSG's VN-2000 / TM-3 family (EPSG:9205–9218), by central meridian. Meridians 105°, 107°45′ and 108° have no code. */
const TM3_EPSG: ReadonlyArray<readonly [number, number]> = [
  [9205, 103], [9206, 104], [9207, 104.5], [9208, 104.75], [9209, 105.5], [9210, 105.75], [9211, 106],
  [9212, 106.25], [9213, 106.5], [9214, 107], [9215, 107.25], [9216, 107.5], [9217, 108.25], [9218, 108.5],
];

const same = (a: number, b: number) => Math.abs(a - b) < 1e-7;

export function vn2000CrsFromEpsg(code: number): Vn2000Crs | undefined {
  if (code === 4756) return { kind: "vn2000-geographic" };
  if (code === 3405) return utmZone(48);
  if (code === 3406) return utmZone(49);
  const tm3 = TM3_EPSG.find(([epsg]) => epsg === code);
  return tm3 ? tm3Zone(tm3[1]) : undefined;
}

export function epsgCodeOf(crs: Vn2000Crs): number | undefined {
  if (crs.kind === "vn2000-geographic") return 4756;
  if (crs.falseEasting !== 500_000) return undefined;
  if (same(crs.scale, UTM_SCALE)) return same(crs.centralMeridian, 105) ? 3405 : same(crs.centralMeridian, 111) ? 3406 : undefined;
  if (!same(crs.scale, TM3_SCALE)) return undefined;
  return TM3_EPSG.find(([, meridian]) => same(meridian, crs.centralMeridian))?.[0];
}

export function proj4DefinitionOf(crs: Vn2000Crs): string {
  const towgs84 = `+towgs84=${VN2000_TOWGS84.join(",")}`;
  if (crs.kind === "vn2000-geographic") return `+proj=longlat +ellps=WGS84 ${towgs84} +no_defs`;
  return `+proj=tmerc +lat_0=0 +lon_0=${crs.centralMeridian} +k=${crs.scale} +x_0=${crs.falseEasting} +y_0=0 +ellps=WGS84 ${towgs84} +units=m +no_defs`;
}

const WGS84 = "+proj=longlat +datum=WGS84 +no_defs";
/** The two calls used of proj4's converter. */
interface Converter {
  forward(position: number[]): number[];
  inverse(position: number[]): number[];
}

const converters = new Map<string, Converter>();

function converterFor(crs: Vn2000Crs): Converter {
  const definition = proj4DefinitionOf(crs);
  let converter = converters.get(definition);
  if (!converter) {
    converter = proj4(WGS84, definition);
    converters.set(definition, converter);
  }
  return converter;
}

/** WGS84 → the zone's easting/northing (or VN-2000 lon/lat for the geographic CRS, as easting = lon). */
export function wgs84ToVn2000Zone({ lon, lat }: LonLat, crs: Vn2000Crs): GridPosition {
  const [easting, northing] = converterFor(crs).forward([lon, lat]);
  return { easting, northing };
}

export function vn2000ZoneToWgs84({ easting, northing }: GridPosition, crs: Vn2000Crs): LonLat {
  const [lon, lat] = converterFor(crs).inverse([easting, northing]);
  return { lon, lat };
}

/** "VN-2000 / TM-3 105°30′" in Vietnamese words for menus and messages. */
export function describeVn2000Crs(crs: Vn2000Crs): string {
  if (crs.kind === "vn2000-geographic") return "VN-2000 tọa độ địa lý (EPSG:4756)";
  const degrees = Math.floor(crs.centralMeridian + 1e-9);
  const minutes = String(Math.round((crs.centralMeridian - degrees) * 60)).padStart(2, "0");
  if (same(crs.scale, UTM_SCALE)) return `VN-2000 UTM múi ${Math.round((crs.centralMeridian + 183) / 6)}N (KTT ${degrees}°${minutes}′, k = 0,9996)`;
  return `VN-2000 múi 3° KTT ${degrees}°${minutes}′ (k = ${String(crs.scale).replace(".", ",")})`;
}
