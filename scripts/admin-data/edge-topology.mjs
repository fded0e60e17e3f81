// Which commune edges are shared. Neighbouring communes share exact vertices
// along common edges (source README), so an edge (pair of vertices, either
// direction) that occurs in two communes is an inner boundary; an edge that
// occurs in one commune only lies on the outline of the country (sea coast,
// land border) or along a gap in the data. Vertices are keyed by their
// integer micro-degree coordinates (the source has 6 decimals).

const MICRO = 1e6;
// Vertex keys must stay exact integers (< 2^53): micro-degrees relative to a
// box around Vietnam (lon 100–125°, lat 0–30°) give at most 2.5e7 × 3e7 = 7.5e14.
const WEST = 100 * MICRO;
const LAT_SPAN = 30 * MICRO;

/** Calls visit(communeIndex, ring, i) for every edge ring[i] → ring[i + 1] of every ring. */
export function forEachEdge(features, visit) {
  features.forEach((feature, communeIndex) => {
    for (const polygon of feature.geometry.coordinates)
      for (const ring of polygon) for (let i = 0; i + 1 < ring.length; i++) visit(communeIndex, ring, i);
  });
}

export function buildEdgeTopology(features) {
  const vertexIds = new Map();
  const vertexId = (position) => {
    const x = Math.round(position[0] * MICRO) - WEST;
    const y = Math.round(position[1] * MICRO);
    if (x < 0 || x > 25 * MICRO || y < 0 || y >= LAT_SPAN) throw new Error(`position outside Vietnam's box: ${position}`);
    const key = x * LAT_SPAN + y;
    let id = vertexIds.get(key);
    if (id === undefined) vertexIds.set(key, (id = vertexIds.size));
    return id;
  };
  const edgeOwner = new Map(); // edge key → commune index, or SHARED
  const SHARED = -1;
  const neighbours = features.map(() => new Set());
  const edgeKey = (ring, i) => {
    const a = vertexId(ring[i]);
    const b = vertexId(ring[i + 1]);
    if (a === b) return null; // repeated vertex: no edge
    return a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
  };
  forEachEdge(features, (commune, ring, i) => {
    const key = edgeKey(ring, i);
    if (key === null) return;
    const owner = edgeOwner.get(key);
    if (owner === undefined) edgeOwner.set(key, commune);
    else if (owner !== SHARED) {
      if (owner !== commune) {
        neighbours[owner].add(commune);
        neighbours[commune].add(owner);
      }
      edgeOwner.set(key, SHARED);
    }
  });
  /** True when the edge ring[i] → ring[i + 1] belongs to this commune only. */
  const isOuterEdge = (ring, i) => {
    const key = edgeKey(ring, i);
    return key !== null && edgeOwner.get(key) !== SHARED;
  };
  return { neighbours, isOuterEdge, vertexCount: vertexIds.size, edgeCount: edgeOwner.size };
}
