// Live figures of a recorded track: its ellipsoidal length (sum of segment
// lengths; no distance is counted across the gap between two segments, e.g.
// while the page was closed) and the GeoJSON geometry saved with the patrol
// and matched against the markers.

import type { LineString, MultiLineString, Position } from "geojson";
import type { TrackPointRecord } from "../../domain/track-recording";
import { lineLengthMetres } from "../geodesy/geodesic-distance";

/** The points grouped by segment, each in arrival order. */
export function trackSegments(points: readonly TrackPointRecord[]): Position[][] {
  const bySegment = new Map<number, TrackPointRecord[]>();
  for (const point of points) {
    const segment = bySegment.get(point.segment);
    if (segment) segment.push(point);
    else bySegment.set(point.segment, [point]);
  }
  return [...bySegment.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, segment]) => segment.sort((a, b) => a.seq - b.seq).map((point) => [point.lon, point.lat]));
}

export function trackLengthMetres(points: readonly TrackPointRecord[]): number {
  return trackSegments(points).reduce((sum, segment) => sum + lineLengthMetres(segment), 0);
}

/**
 * The track as a patrol stores it: a LineString for one segment, a
 * MultiLineString for several; a lone point is doubled so the line is valid.
 * Null without any point.
 */
export function trackGeometry(points: readonly TrackPointRecord[]): LineString | MultiLineString | null {
  const segments = trackSegments(points).map((segment) => (segment.length === 1 ? [segment[0], segment[0]] : segment));
  if (segments.length === 0) return null;
  return segments.length === 1 ? { type: "LineString", coordinates: segments[0] } : { type: "MultiLineString", coordinates: segments };
}

/** "1 giờ 05 phút", "12 phút 30 giây": the elapsed time as a patrol reads it. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} giờ ${String(minutes).padStart(2, "0")} phút`;
  return `${minutes} phút ${String(seconds).padStart(2, "0")} giây`;
}
