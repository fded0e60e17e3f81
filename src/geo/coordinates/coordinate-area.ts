// Refuses positions that cannot be meant: outside Vietnam (mainland and
// islands, a coarse envelope) or far from the commune's area. A position just
// outside the commune boundary is accepted (incidents on the edge happen),
// with a note the form shows.

import type { LonLat } from "../../domain/coordinate-systems";

/** Coarse envelope of Vietnam's land and islands (Hoàng Sa, Trường Sa). */
export const VIETNAM_ENVELOPE = { west: 102.1, south: 6.0, east: 117.9, north: 23.4 } as const;

export interface AreaOfInterest {
  name: string;
  /** [west, south, east, north] of the commune. */
  bbox: [number, number, number, number];
  /** How far outside the commune's box a typed position may be. */
  maxDistanceKm: number;
}

const KM_PER_DEGREE = 111.32;

/** Distance (km) from a point to a lon/lat box; 0 inside. */
export function distanceToBoxKm({ lon, lat }: LonLat, [west, south, east, north]: AreaOfInterest["bbox"]): number {
  const dx = Math.max(west - lon, 0, lon - east) * KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const dy = Math.max(south - lat, 0, lat - north) * KM_PER_DEGREE;
  return Math.hypot(dx, dy);
}

export function checkArea(position: LonLat, area?: AreaOfInterest): { ok: true } | { ok: false; message: string } {
  const { lon, lat } = position;
  const shown = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  const inVietnam = lon >= VIETNAM_ENVELOPE.west && lon <= VIETNAM_ENVELOPE.east && lat >= VIETNAM_ENVELOPE.south && lat <= VIETNAM_ENVELOPE.north;
  if (!inVietnam) {
    return { ok: false, message: `Vị trí (${shown}) nằm ngoài lãnh thổ Việt Nam. Kiểm tra lại hệ tọa độ, thứ tự X/Y hoặc dấu.` };
  }
  if (area) {
    const distance = distanceToBoxKm(position, area.bbox);
    if (distance > area.maxDistanceKm) {
      return {
        ok: false,
        message: `Vị trí (${shown}) cách địa bàn ${area.name} khoảng ${Math.round(distance).toLocaleString("vi-VN")} km — ngoài phạm vi quản lý. Kiểm tra lại tọa độ.`,
      };
    }
  }
  return { ok: true };
}
