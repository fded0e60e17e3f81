// Which commune edges are shared. Neighbouring communes share exact vertices
// along common edges (source README), so an edge (pair of vertices, either
// direction) that occurs in two communes is an inner boundary; an edge that
// occurs in one commune only lies on the outline of the country (sea coast,
// land border) or along a gap in the data. Vertices are keyed by their
// integer micro-degree coordinates (the source has 6 decimals).

const MICRO = 1e6;
const LAT_SPAN = 3e8; // > any latitude in micro-degrees + 90e6 offset

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
    const key = Math.round(position[0] * MICRO) * LAT_SPAN + Math.round(position[1] * MICRO) + 90e6;
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
