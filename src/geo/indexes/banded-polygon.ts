// Fast exact point-in-polygon for polygons with many vertices (a national
// commune has ~2,000): the edges are bucketed into horizontal bands once, so
// a query ray-casts only the ~dozens of edges of its band instead of all.
// Same answers as pointInPolygon: even-odd per ring, holes and multipolygons,
// points on an edge count as inside.
//
// Memory matters at national scale: bands hold only packed edge references
// (ring << 20 | vertex) into the GeoJSON's own coordinate arrays. Copying the
// coordinates into typed arrays made V8 run full collections over the whole
// multi-million-array heap again and again (~10× slower on 3,321 communes).

import type { MultiPolygon, Polygon, Position } from "geojson";

const EDGES_PER_BAND = 24;
const BOUNDARY_EPSILON = 1e-12;
const VERTEX_BITS = 20;
const VERTEX_MASK = (1 << VERTEX_BITS) - 1;

/** Build-time scratch arrays, reused across polygons so building allocates almost nothing. */
let scratchLow = new Int32Array(4096);
let scratchHigh = new Int32Array(4096);
let scratchCounts = new Int32Array(4096);

export class BandedPolygon {
  private readonly rings: Position[][] = [];
  /** For each ring: the index of its polygon part, and whether it is that part's outer ring. */
  private readonly ringPart: number[] = [];
  private readonly ringIsOuter: boolean[] = [];
  private readonly parity: number[] = [];
  private readonly partCount: number;
  private readonly bandStart: Int32Array;
  private readonly bandEdges: Int32Array;
  private readonly minY: number = Infinity;
  private readonly bandHeight: number;

  /** True when the packed references can address every vertex (rings under 2^20 vertices, under 2^11 rings). */
  static supports(geometry: Polygon | MultiPolygon): boolean {
    const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let rings = 0;
    for (const part of parts) for (const ring of part) if (ring.length > VERTEX_MASK || ++rings >= 1 << (31 - VERTEX_BITS)) return false;
    return true;
  }

  constructor(geometry: Polygon | MultiPolygon) {
    const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    this.partCount = parts.length;
    let edgeCount = 0;
    let maxY = -Infinity;
    let minY = Infinity;
    parts.forEach((part, partIndex) => {
      part.forEach((ring, ringIndex) => {
        if (ring.length <= 1) return;
        this.rings.push(ring);
        this.ringPart.push(partIndex);
        this.ringIsOuter.push(ringIndex === 0);
        this.parity.push(0);
        edgeCount += ring.length - 1;
        for (const position of ring) {
          if (position[1] < minY) minY = position[1];
          if (position[1] > maxY) maxY = position[1];
        }
      });
    });
    this.minY = minY;
    const bands = Math.max(1, Math.ceil(edgeCount / EDGES_PER_BAND));
    this.bandHeight = (maxY - minY) / bands || 1;
    if (scratchLow.length < edgeCount) {
      scratchLow = new Int32Array(edgeCount * 2);
      scratchHigh = new Int32Array(edgeCount * 2);
    }
    if (scratchCounts.length < bands + 1) scratchCounts = new Int32Array((bands + 1) * 2);
    const counts = scratchCounts;
    counts.fill(0, 0, bands + 1);
    const scale = 1 / this.bandHeight;
    const clamp = (band: number) => (band < 0 ? 0 : band >= bands ? bands - 1 : band);
    let e = 0;
    for (const ring of this.rings) {
      for (let i = 0; i < ring.length - 1; i++, e++) {
        const y1 = ring[i][1];
        const y2 = ring[i + 1][1];
        const low = clamp(Math.floor(((y1 < y2 ? y1 : y2) - minY) * scale));
        const high = clamp(Math.floor(((y1 < y2 ? y2 : y1) - minY) * scale));
        scratchLow[e] = low;
        scratchHigh[e] = high;
        for (let b = low; b <= high; b++) counts[b + 1]++;
      }
    }
    for (let b = 0; b < bands; b++) counts[b + 1] += counts[b];
    this.bandStart = counts.slice(0, bands + 1);
    this.bandEdges = new Int32Array(counts[bands]);
    e = 0;
    this.rings.forEach((ring, r) => {
      for (let i = 0; i < ring.length - 1; i++, e++) {
        for (let b = scratchLow[e]; b <= scratchHigh[e]; b++) this.bandEdges[counts[b]++] = (r << VERTEX_BITS) | i;
      }
    });
  }

  contains(x: number, y: number): boolean {
    const bands = this.bandStart.length - 1;
    if (!(y >= this.minY && y <= this.minY + this.bandHeight * bands)) return false;
    const b = Math.min(bands - 1, Math.floor((y - this.minY) / this.bandHeight));
    const { parity, rings } = this;
    parity.fill(0);
    for (let k = this.bandStart[b]; k < this.bandStart[b + 1]; k++) {
      const packed = this.bandEdges[k];
      const r = packed >>> VERTEX_BITS;
      const i = packed & VERTEX_MASK;
      const a = rings[r][i];
      const c = rings[r][i + 1];
      const ax = a[0], ay = a[1], bx = c[0], by = c[1];
      // On the edge → inside (same rule as pointInPolygon).
      if (y >= (ay < by ? ay : by) && y <= (ay < by ? by : ay) && x >= (ax < bx ? ax : bx) && x <= (ax < bx ? bx : ax)) {
        if (Math.abs((bx - ax) * (y - ay) - (by - ay) * (x - ax)) <= BOUNDARY_EPSILON) return true;
      }
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) parity[r] ^= 1;
    }
    for (let part = 0; part < this.partCount; part++) {
      let inOuter = false;
      let inHole = false;
      for (let ring = 0; ring < parity.length; ring++) {
        if (this.ringPart[ring] !== part || parity[ring] === 0) continue;
        if (this.ringIsOuter[ring]) inOuter = true;
        else inHole = true;
      }
      if (inOuter && !inHole) return true;
    }
    return false;
  }
}
