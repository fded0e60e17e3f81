// Which XYZ (Web Mercator) tiles cover an area, for "download this commune for
// offline use". Exact and fast: per zoom and per tile row, a tile is kept when
// a polygon edge passes through it (edges clipped to the row band) or when its
// centre lies inside the polygon (even-odd crossings on the row's mid-line) —
// together exactly the tiles that intersect the area, boundary-touching
// included. The result is a list of row runs, so a 100,000-tile download is
// counted and walked without materialising every tile.

import type { MultiPolygon, Polygon, Position } from "geojson";

/** Tiles x0..x1 (inclusive) of row y at zoom z. */
export interface TileRun {
  z: number;
  y: number;
  x0: number;
  x1: number;
}

export interface TileCoordinate {
  z: number;
  x: number;
  y: number;
}

const MAX_MERCATOR_LATITUDE = 85.0511287798066;

/** Fractional tile column of a longitude at zoom z. */
export function tileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Fractional tile row of a latitude at zoom z (rows grow southwards). */
export function tileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  const radians = (clamped * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * 2 ** z;
}

type Interval = [number, number];

function ringsOf(area: Polygon | MultiPolygon): Position[][] {
  return area.type === "Polygon" ? area.coordinates : area.coordinates.flat();
}

/** Merges inclusive integer intervals into sorted, disjoint ones. */
function mergeIntervals(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function runsAtZoom(rings: Position[][], z: number): TileRun[] {
  const size = 2 ** z;
  const clampTile = (value: number) => Math.max(0, Math.min(size - 1, value));
  const rows = new Map<number, Interval[]>();
  const crossings = new Map<number, number[]>();
  const addInterval = (row: number, interval: Interval) => {
    if (row < 0 || row >= size) return;
    const list = rows.get(row) ?? [];
    list.push(interval);
    rows.set(row, list);
  };

  for (const ring of rings) {
    const points = ring.map(([lon, lat]) => [tileX(lon, z), tileY(lat, z)] as const);
    for (let index = 0; index + 1 < points.length; index += 1) {
      const [ax, ay] = points[index];
      const [bx, by] = points[index + 1];
      const top = Math.min(ay, by);
      const bottom = Math.max(ay, by);
      // Tiles the edge passes through, row by row.
      for (let row = Math.floor(top); row <= Math.floor(bottom); row += 1) {
        const clipTop = Math.max(top, row);
        const clipBottom = Math.min(bottom, row + 1);
        const xAt = (y: number) => (ay === by ? ax : ax + ((y - ay) / (by - ay)) * (bx - ax));
        const xs = ay === by ? [ax, bx] : [xAt(clipTop), xAt(clipBottom)];
        addInterval(row, [clampTile(Math.floor(Math.min(...xs))), clampTile(Math.floor(Math.max(...xs)))]);
      }
      // Where the edge crosses each row's mid-line (half-open, so vertices count once).
      for (let row = Math.ceil(top - 0.5); row + 0.5 < bottom; row += 1) {
        const mid = row + 0.5;
        if (mid < top || (ay > mid) === (by > mid)) continue;
        const list = crossings.get(row) ?? [];
        list.push(ax + ((mid - ay) / (by - ay)) * (bx - ax));
        crossings.set(row, list);
      }
    }
  }

  // Tiles whose centre is inside (even-odd): fully covered tiles no edge touches.
  for (const [row, xs] of crossings) {
    xs.sort((a, b) => a - b);
    for (let index = 0; index + 1 < xs.length; index += 2) {
      const first = Math.ceil(xs[index] - 0.5);
      const last = Math.floor(xs[index + 1] - 0.5);
      if (first <= last) addInterval(row, [clampTile(first), clampTile(last)]);
    }
  }

  const runs: TileRun[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    for (const [x0, x1] of mergeIntervals(rows.get(row) ?? [])) runs.push({ z, y: row, x0, x1 });
  }
  return runs;
}

/** Row runs of every tile intersecting `area` from minZoom to maxZoom, zoom by zoom, north to south, west to east. */
export function enumerateTileRuns(area: Polygon | MultiPolygon, minZoom: number, maxZoom: number): TileRun[] {
  const rings = ringsOf(area);
  const runs: TileRun[] = [];
  for (let z = minZoom; z <= maxZoom; z += 1) runs.push(...runsAtZoom(rings, z));
  return runs;
}

export function countTiles(runs: readonly TileRun[]): number {
  return runs.reduce((total, run) => total + run.x1 - run.x0 + 1, 0);
}

/** Tile number `index` (0-based) in the runs' order, or null past the end. */
export function tileAt(runs: readonly TileRun[], index: number): TileCoordinate | null {
  let remaining = index;
  for (const run of runs) {
    const width = run.x1 - run.x0 + 1;
    if (remaining < width) return { z: run.z, x: run.x0 + remaining, y: run.y };
    remaining -= width;
  }
  return null;
}

/** Walks the tiles from `startIndex` on, in the runs' order. */
export function* tilesFrom(runs: readonly TileRun[], startIndex = 0): Generator<TileCoordinate & { index: number }> {
  let index = 0;
  for (const run of runs) {
    const width = run.x1 - run.x0 + 1;
    if (index + width <= startIndex) {
      index += width;
      continue;
    }
    for (let x = run.x0 + Math.max(0, startIndex - index); x <= run.x1; x += 1) {
      yield { z: run.z, x, y: run.y, index: index + (x - run.x0) };
    }
    index += width;
  }
}

/** A rectangle [west, south, east, north] as a polygon, for "draw a rectangle" and "current view". */
export function rectanglePolygon([west, south, east, north]: [number, number, number, number]): Polygon {
  return {
    type: "Polygon",
    coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
  };
}
