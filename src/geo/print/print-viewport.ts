// A north-up Web Mercator viewport (as MapLibre draws it): screen pixel ↔
// longitude/latitude for a view centre, zoom and size in CSS pixels.

const TILE_SIZE = 512;

export interface Viewport {
  centerLon: number;
  centerLat: number;
  zoom: number;
  width: number;
  height: number;
}

function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

function mercatorX(lon: number, zoom: number): number {
  return ((lon + 180) / 360) * worldSize(zoom);
}

function mercatorY(lat: number, zoom: number): number {
  const phi = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * worldSize(zoom);
}

export function project(view: Viewport, lon: number, lat: number): [number, number] {
  return [
    mercatorX(lon, view.zoom) - mercatorX(view.centerLon, view.zoom) + view.width / 2,
    mercatorY(lat, view.zoom) - mercatorY(view.centerLat, view.zoom) + view.height / 2,
  ];
}

export function unproject(view: Viewport, x: number, y: number): [number, number] {
  const size = worldSize(view.zoom);
  const worldX = x - view.width / 2 + mercatorX(view.centerLon, view.zoom);
  const worldY = y - view.height / 2 + mercatorY(view.centerLat, view.zoom);
  const lon = (worldX / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * worldY) / size))) * 180) / Math.PI;
  return [lon, lat];
}
