// The coordinate grid of a printed sheet: MGRS (UTM on WGS84, labelled with
// the kilometre digits inside the 100 km square, as on military maps) or
// VN-2000 (the provincial 3° TM zone of the chosen province — Hà Tĩnh's
// 105°30′ by default — k = 0.9999, labelled in kilometres). Lines are sampled as polylines in the
// frame's pixels, so their slight convergence against north is drawn truly.

import proj4 from "proj4";
import { mgrsReference } from "../coordinates/mgrs-grid";
import { HA_TINH_CENTRAL_MERIDIAN } from "../coordinates/vn2000-projections";
import { formatMeridian } from "../coordinates/vn2000-province-meridians";
import { tm3Zone, vn2000ZoneToWgs84, wgs84ToVn2000Zone } from "../coordinates/vn2000-zone";
import { project, unproject, type Viewport } from "./print-viewport";

export type GridSystem = "mgrs" | "vn2000";

export function utmZone(lon: number): number {
  return Math.min(60, Math.max(1, Math.floor((lon + 180) / 6) + 1));
}

interface GridConverter {
  forward(lonLat: [number, number]): [number, number];
  inverse(grid: [number, number]): [number, number];
}

/** WGS84 ↔ grid metres: UTM on WGS84 for MGRS, the shared VN-2000 conversions (src/geo/coordinates) otherwise. */
export function gridConverter(system: GridSystem, centerLon: number, centerLat: number, tm3Meridian = HA_TINH_CENTRAL_MERIDIAN): GridConverter {
  if (system === "vn2000") {
    const zone = tm3Zone(tm3Meridian);
    return {
      forward: ([lon, lat]) => {
        const { easting, northing } = wgs84ToVn2000Zone({ lon, lat }, zone);
        return [easting, northing];
      },
      inverse: ([easting, northing]) => {
        const { lon, lat } = vn2000ZoneToWgs84({ easting, northing }, zone);
        return [lon, lat];
      },
    };
  }
  const utm = proj4("EPSG:4326", `+proj=utm +zone=${utmZone(centerLon)}${centerLat < 0 ? " +south" : ""} +datum=WGS84 +units=m +no_defs`);
  return { forward: (lonLat) => utm.forward(lonLat) as [number, number], inverse: (grid) => utm.inverse(grid) as [number, number] };
}

export interface GridLine {
  axis: "easting" | "northing";
  value: number;
  label: string;
  /** The line in frame pixels. */
  points: [number, number][];
}

export interface Grid {
  system: GridSystem;
  intervalMetres: number;
  lines: GridLine[];
  /** Caption, e.g. "Lưới MGRS 48Q VD, ô 1 km" */
  caption: string;
}

const INTERVALS = [100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

/** The smallest round interval giving at most `maxLines` lines across `spanMetres`. */
export function gridInterval(spanMetres: number, maxLines = 10): number {
  return INTERVALS.find((interval) => spanMetres / interval <= maxLines) ?? INTERVALS[INTERVALS.length - 1];
}

/**
 * Whole kilometres for a grid of 1 km or more; finer grids add the hundreds of metres
 * (MGRS "465" = 46.5 km into the square, as in a 6-digit reference; VN-2000 "2 024,5"),
 * so neighbouring lines never share a label.
 */
export function gridLabel(system: GridSystem, value: number, intervalMetres = 1000): string {
  const fine = intervalMetres < 1000;
  if (system === "mgrs") {
    const units = Math.round(value / (fine ? 100 : 1000));
    const modulus = fine ? 1000 : 100;
    return String(((units % modulus) + modulus) % modulus).padStart(fine ? 3 : 2, "0");
  }
  const km = (fine ? Math.round(value / 100) / 10 : Math.round(value / 1000)).toLocaleString("vi-VN", { minimumFractionDigits: fine ? 1 : 0, maximumFractionDigits: 1 });
  return km.replace(/\./g, " ");
}

/** `tm3Meridian`: the province's VN-2000 3° zone for the VN-2000 grid (default Hà Tĩnh, 105°30′). */
export function computeGrid(view: Viewport, system: GridSystem, tm3Meridian = HA_TINH_CENTRAL_MERIDIAN): Grid {
  const toGrid = gridConverter(system, view.centerLon, view.centerLat, tm3Meridian);
  const corners: [number, number][] = [
    [0, 0], [view.width, 0], [0, view.height], [view.width, view.height],
    [view.width / 2, 0], [view.width / 2, view.height], [0, view.height / 2], [view.width, view.height / 2],
  ];
  const projected = corners.map(([x, y]) => toGrid.forward(unproject(view, x, y)));
  const minE = Math.min(...projected.map((p) => p[0]));
  const maxE = Math.max(...projected.map((p) => p[0]));
  const minN = Math.min(...projected.map((p) => p[1]));
  const maxN = Math.max(...projected.map((p) => p[1]));
  const interval = gridInterval(Math.max(maxE - minE, maxN - minN));
  const lines: GridLine[] = [];
  const samples = 16;
  const toPixels = (e: number, n: number): [number, number] => {
    const [lon, lat] = toGrid.inverse([e, n]);
    return project(view, lon, lat);
  };
  for (let e = Math.ceil(minE / interval) * interval; e <= maxE; e += interval) {
    const points = Array.from({ length: samples + 1 }, (_, i) => toPixels(e, minN + ((maxN - minN) * i) / samples));
    lines.push({ axis: "easting", value: e, label: gridLabel(system, e, interval), points });
  }
  for (let n = Math.ceil(minN / interval) * interval; n <= maxN; n += interval) {
    const points = Array.from({ length: samples + 1 }, (_, i) => toPixels(minE + ((maxE - minE) * i) / samples, n));
    lines.push({ axis: "northing", value: n, label: gridLabel(system, n, interval), points });
  }
  const spacing = interval >= 1000 ? `${interval / 1000} km` : `${interval} m`;
  const caption =
    system === "mgrs"
      ? `Lưới MGRS ${mgrsReference(view.centerLon, view.centerLat, 0).replace(/^(\d+[A-Z])/, "$1 ")} (UTM ${utmZone(view.centerLon)}N, WGS84), ô ${spacing}`
      : `Lưới VN-2000 (múi 3°, kinh tuyến trục ${formatMeridian(tm3Meridian)}, k = 0,9999), đơn vị km, ô ${spacing}`;
  return { system, intervalMetres: interval, lines, caption };
}

/** Where a near-vertical line crosses y = edgeY (or a near-horizontal one crosses x = edgeX), by linear interpolation. */
export function crossing(points: readonly [number, number][], axis: 0 | 1, edge: number): number | null {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if ((a[axis] - edge) * (b[axis] - edge) <= 0 && a[axis] !== b[axis]) {
      const t = (edge - a[axis]) / (b[axis] - a[axis]);
      const other = axis === 0 ? 1 : 0;
      return a[other] + t * (b[other] - a[other]);
    }
  }
  return null;
}
