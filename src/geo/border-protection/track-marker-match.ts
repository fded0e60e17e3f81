// Which border markers a patrol's GPS track passed: a marker is matched when
// its distance to the track (any segment) is within the tolerance. Distances
// use a local equirectangular projection around each marker — exact to well
// under a metre at patrol scales (a few km) — and each track segment's bounding
// box, widened by the tolerance, rejects far segments before any maths.

import type { LineString, MultiLineString, Position } from "geojson";

const EARTH_RADIUS_M = 6_371_008.8;
const DEG = Math.PI / 180;

export interface MarkerPosition {
  id: string;
  lon: number;
  lat: number;
}

export interface TrackMatch {
  markerId: string;
  distanceMetres: number;
}

function lines(track: LineString | MultiLineString): Position[][] {
  return track.type === "LineString" ? [track.coordinates] : track.coordinates;
}

/** Shortest distance in metres from a point to one segment, in a plane tangent at the point. */
function segmentDistanceMetres(lon: number, lat: number, a: Position, b: Position): number {
  const kx = Math.cos(lat * DEG) * DEG * EARTH_RADIUS_M;
  const ky = DEG * EARTH_RADIUS_M;
  const ax = (a[0] - lon) * kx;
  const ay = (a[1] - lat) * ky;
  const bx = (b[0] - lon) * kx;
  const by = (b[1] - lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

export function distanceToTrackMetres(lon: number, lat: number, track: LineString | MultiLineString, cutoffMetres = Infinity): number {
  const padLat = cutoffMetres / (DEG * EARTH_RADIUS_M);
  const padLon = padLat / Math.max(Math.cos(lat * DEG), 1e-6);
  let best = Infinity;
  for (const line of lines(track)) {
    if (line.length === 1) best = Math.min(best, segmentDistanceMetres(lon, lat, line[0], line[0]));
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (Number.isFinite(padLat)) {
        if (lon < Math.min(a[0], b[0]) - padLon || lon > Math.max(a[0], b[0]) + padLon) continue;
        if (lat < Math.min(a[1], b[1]) - padLat || lat > Math.max(a[1], b[1]) + padLat) continue;
      }
      best = Math.min(best, segmentDistanceMetres(lon, lat, a, b));
    }
  }
  return best;
}

/** Markers within `toleranceMetres` of the track, nearest first. */
export function markersPassedByTrack(markers: readonly MarkerPosition[], track: LineString | MultiLineString, toleranceMetres: number): TrackMatch[] {
  const matches: TrackMatch[] = [];
  for (const marker of markers) {
    const distance = distanceToTrackMetres(marker.lon, marker.lat, track, toleranceMetres);
    if (distance <= toleranceMetres) matches.push({ markerId: marker.id, distanceMetres: Math.round(distance) });
  }
  return matches.sort((a, b) => a.distanceMetres - b.distanceMetres);
}
