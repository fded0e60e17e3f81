// A position written in every system the officer may need, each as text the
// "Tọa độ" field parses back to the same place (so copy → paste round-trips).

import type { CoordinateSystemId, LonLat } from "../../domain/coordinate-systems";
import { formatMgrs } from "./mgrs-grid";
import { HA_TINH_CENTRAL_MERIDIAN, utmGridFor, wgs84ToVn2000Grid } from "./vn2000-projections";
import { tm3Zone, wgs84ToVn2000Zone } from "./vn2000-zone";

export interface FormattedCoordinate {
  system: CoordinateSystemId;
  text: string;
}

export function formatDecimal({ lon, lat }: LonLat): string {
  return `${lat.toFixed(6)}, ${lon.toFixed(6)}`;
}

function dmsPart(value: number, positive: string, negative: string): string {
  const hemisphere = value < 0 ? negative : positive;
  let totalHundredths = Math.round(Math.abs(value) * 360_000);
  const degrees = Math.floor(totalHundredths / 360_000);
  totalHundredths -= degrees * 360_000;
  const minutes = Math.floor(totalHundredths / 6_000);
  const seconds = (totalHundredths - minutes * 6_000) / 100;
  return `${degrees}°${String(minutes).padStart(2, "0")}′${seconds.toFixed(2).padStart(5, "0")}″${hemisphere}`;
}

/** 18°18′30.00″N 105°25′10.00″E (0.01″ ≈ 0.3 m). */
export function formatDms({ lon, lat }: LonLat): string {
  return `${dmsPart(lat, "N", "S")} ${dmsPart(lon, "E", "W")}`;
}

/** X/Y in the province's 3° zone (`tm3Meridian`, default Hà Tĩnh's 105°30′). */
export function formatVn2000Tm3(position: LonLat, tm3Meridian = HA_TINH_CENTRAL_MERIDIAN): string {
  const { easting, northing } = wgs84ToVn2000Zone(position, tm3Zone(tm3Meridian));
  return `VN-2000 X=${northing.toFixed(2)} Y=${easting.toFixed(2)}`;
}

export function formatVn2000Utm(position: LonLat): { system: CoordinateSystemId; text: string } {
  const grid = utmGridFor(position.lon);
  const { easting, northing } = wgs84ToVn2000Grid(position, grid);
  const zone = grid === "utm48" ? 48 : 49;
  return { system: grid === "utm48" ? "vn2000-utm48" : "vn2000-utm49", text: `VN-2000 UTM ${zone}N E=${easting.toFixed(2)} N=${northing.toFixed(2)}` };
}

export function formatAllCoordinates(position: LonLat, tm3Meridian?: number): FormattedCoordinate[] {
  return [
    { system: "wgs84-decimal", text: formatDecimal(position) },
    { system: "wgs84-dms", text: formatDms(position) },
    { system: "vn2000-tm3", text: formatVn2000Tm3(position, tm3Meridian) },
    formatVn2000Utm(position),
    { system: "mgrs", text: formatMgrs(position) },
  ];
}

export interface CoordinateExamples {
  decimal: string;
  dms: string;
  tm3: string;
  utm: string;
  mgrs: string;
}

/** The examples a "Tọa độ" hint shows: the centre of `bbox` (the open workspace) in each system, so every example is a place of the commune that parses back to itself. */
export function coordinateExamples(bbox: readonly [number, number, number, number], tm3Meridian?: number): CoordinateExamples {
  const centre = { lon: (bbox[0] + bbox[2]) / 2, lat: (bbox[1] + bbox[3]) / 2 };
  return { decimal: formatDecimal(centre), dms: formatDms(centre), tm3: formatVn2000Tm3(centre, tm3Meridian), utm: formatVn2000Utm(centre).text, mgrs: formatMgrs(centre) };
}
