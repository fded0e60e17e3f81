// A synthetic national commune layer for benchmarks: 3,321 polygons (a 41 ×
// 81 grid over Vietnam's extent) whose shared edges are jagged the same way
// on both sides, so they tile without gaps or overlaps, with ~2,100 vertices
// each (~7 million in all; ~150 MB as GeoJSON). Generated at bench time into
// a git-ignored folder, never committed. Not real boundaries.

import { closeSync, openSync, writeSync } from "node:fs";
import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";

export const GRID = { cols: 41, rows: 81, west: 102.14, south: 8.56, east: 109.46, north: 23.39 } as const;
export const COMMUNE_COUNT = GRID.cols * GRID.rows; // 3,321
const CELL_W = (GRID.east - GRID.west) / GRID.cols;
const CELL_H = (GRID.north - GRID.south) / GRID.rows;

/** Deterministic wiggle in [-1, 1] for vertex k of an edge identified by a seed. */
function wiggle(seed: number, k: number): number {
  return 0.6 * Math.sin(seed * 12.9898 + k * 0.37) + 0.4 * Math.sin(seed * 78.233 + k * 1.91);
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Vertices of the edge from corner (i, j) going east (horizontal) or north (vertical), corners excluded. */
function edgeVertices(i: number, j: number, horizontal: boolean, perEdge: number): Position[] {
  const seed = (horizontal ? 1 : 2) * 100_003 + i * 1_009 + j;
  const x0 = GRID.west + i * CELL_W;
  const y0 = GRID.south + j * CELL_H;
  const onBoundary = horizontal ? j === 0 || j === GRID.rows : i === 0 || i === GRID.cols;
  const vertices: Position[] = [];
  for (let k = 1; k < perEdge; k++) {
    const t = k / perEdge;
    const offset = onBoundary ? 0 : 0.15 * wiggle(seed, k) * Math.sin(Math.PI * t);
    vertices.push(horizontal ? [round6(x0 + t * CELL_W), round6(y0 + offset * CELL_H)] : [round6(x0 + offset * CELL_W), round6(y0 + t * CELL_H)]);
  }
  return vertices;
}

const corner = (i: number, j: number): Position => [round6(GRID.west + i * CELL_W), round6(GRID.south + j * CELL_H)];

/** The ring of cell (col, row), counter-clockwise, closed. */
export function communeRing(col: number, row: number, perEdge: number): Position[] {
  const south = edgeVertices(col, row, true, perEdge);
  const east = edgeVertices(col + 1, row, false, perEdge);
  const north = edgeVertices(col, row + 1, true, perEdge).reverse();
  const west = edgeVertices(col, row, false, perEdge).reverse();
  return [corner(col, row), ...south, corner(col + 1, row), ...east, corner(col + 1, row + 1), ...north, corner(col, row + 1), ...west, corner(col, row)];
}

export function communeFeature(index: number, perEdge: number): Feature<Polygon> {
  const col = index % GRID.cols;
  const row = Math.floor(index / GRID.cols);
  const code = String(10_000 + index);
  return { type: "Feature", properties: { code, name: `Xã mẫu ${code}` }, geometry: { type: "Polygon", coordinates: [communeRing(col, row, perEdge)] } };
}

export function nationalCommunes(perEdge = 525): FeatureCollection<Polygon> {
  return { type: "FeatureCollection", features: Array.from({ length: COMMUNE_COUNT }, (_, index) => communeFeature(index, perEdge)) };
}

/** Writes the layer as GeoJSON feature by feature (never the whole text in memory); returns its size in bytes. */
export function writeNationalCommunesFile(path: string, perEdge = 525): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  const write = (text: string) => (bytes += writeSync(fd, text));
  write('{"type":"FeatureCollection","features":[\n');
  for (let index = 0; index < COMMUNE_COUNT; index++) write(`${index > 0 ? ",\n" : ""}${JSON.stringify(communeFeature(index, perEdge))}`);
  write("\n]}\n");
  closeSync(fd);
  return bytes;
}

export function randomPoints(count: number, seed = 1): Feature<Point>[] {
  let state = seed;
  const next = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => ({
    type: "Feature",
    properties: { id: `p${i}` },
    geometry: { type: "Point", coordinates: [GRID.west - 0.1 + next() * (GRID.east - GRID.west + 0.2), GRID.south - 0.1 + next() * (GRID.north - GRID.south + 0.2)] },
  }));
}
