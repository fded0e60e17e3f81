// Reads the map position a shared link carries in its hash (#zoom/lat/lng,
// MapLibre's format). Only a position inside the valid ranges counts: a hash
// like #99/999/999 used to skip the commune's initial view, MapLibre then
// ignored it too, and the map opened on the world at 0,0.

export interface HashPosition {
  zoom: number;
  lat: number;
  lng: number;
}

export const MAX_MAP_ZOOM = 18;

export function mapHashPosition(hash: string): HashPosition | null {
  const match = /^#(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)(?:\/|$)/.exec(hash);
  if (!match) return null;
  const [zoom, lat, lng] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!(zoom >= 0 && zoom <= MAX_MAP_ZOOM + 6) || !(lat >= -85.06 && lat <= 85.06) || !(lng >= -180 && lng <= 180)) return null;
  return { zoom, lat, lng };
}
