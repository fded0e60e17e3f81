// When a file carries no coordinate system (DXF, DGN, CSV, a Shapefile
// without .prj), the numbers say what is likely: degrees inside Vietnam are
// WGS 84; eastings of 100 000–900 000 m with northings of 900 000–2 700 000 m
// are a VN-2000 grid — the provincial TM-3 zone of the workspace's province
// (the meridian the caller passes), since cadastral data is kept in it.

import { tm3Zone } from "../../../geo/coordinates/vn2000-zone";
import type { FileCrs } from "./recognise-crs";

export type Extent = readonly [minX: number, minY: number, maxX: number, maxY: number];

export const VIETNAM_BOUNDS = { west: 101.5, south: 6, east: 118, north: 24 } as const;

export function guessCrs(extent: Extent | undefined, provinceMeridian: number): FileCrs | null {
  if (!extent) return null;
  const [minX, minY, maxX, maxY] = extent;
  if (minX >= VIETNAM_BOUNDS.west && maxX <= VIETNAM_BOUNDS.east && minY >= VIETNAM_BOUNDS.south && maxY <= VIETNAM_BOUNDS.north) return { kind: "wgs84" };
  if (minX >= 100_000 && maxX <= 900_000 && minY >= 900_000 && maxY <= 2_700_000) return tm3Zone(provinceMeridian);
  return null;
}

/** Share of positions (lon, lat) outside Vietnam's box, islands included. */
export function shareOutsideVietnam(flat: ArrayLike<number>): number {
  let outside = 0;
  const count = flat.length / 2;
  for (let index = 0; index + 1 < flat.length; index += 2) {
    const lon = flat[index];
    const lat = flat[index + 1];
    if (!(lon >= VIETNAM_BOUNDS.west && lon <= VIETNAM_BOUNDS.east && lat >= VIETNAM_BOUNDS.south && lat <= VIETNAM_BOUNDS.north)) outside++;
  }
  return count === 0 ? 0 : outside / count;
}
