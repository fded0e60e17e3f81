// The measure tool's numbers: the length of the line drawn so far and, once
// it has three or more vertices, the area of the polygon it closes —
// ellipsoidal, updated live as the pointer moves.

import type { Position } from "geojson";
import { geodesicArea } from "./geodesic-area";
import { lineLengthMetres } from "./geodesic-distance";

export interface Measurement {
  lengthMetres: number;
  /** Perimeter of the closed polygon (null under three vertices). */
  perimeterMetres: number | null;
  areaSquareMetres: number | null;
}

export function measure(vertices: readonly Position[], closed: boolean): Measurement {
  const lengthMetres = lineLengthMetres(vertices);
  if (!closed || vertices.length < 3) return { lengthMetres, perimeterMetres: null, areaSquareMetres: null };
  const ring = [...vertices, vertices[0]];
  return {
    lengthMetres,
    perimeterMetres: lineLengthMetres(ring),
    areaSquareMetres: geodesicArea({ type: "Polygon", coordinates: [ring] }),
  };
}
