// Which features of a layer lie in an area: points by exact point-in-polygon
// (after a box test), polygons and lines by their covered share / any vertex.
// Used by the border-belt and protection lists.

import type { Feature, Geometry, Position } from "geojson";
import { featureId, featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { pointInPolygon } from "./point-in-polygon";
import { intersectSmall } from "../shapes/clip-to-box";
import type { Areal } from "../shapes/polygon-boolean";
import { representativePoint } from "../shapes/representative-point";
import { boxContains, boxesOverlap, shapeBox } from "../shapes/shape-bounds";
import { geometryVertices } from "../shapes/geometry-vertices";

export interface MemberRow {
  id: string;
  name: string;
  position: Position;
  /** Share of a polygon's area inside (1 for a point inside). */
  share: number;
}

export function featuresInShape(features: readonly Feature<Geometry | null>[], shape: Areal | null): MemberRow[] {
  if (!shape) return [];
  const box = shapeBox(shape);
  const rows: MemberRow[] = [];
  features.forEach((feature, index) => {
    const geometry = feature.geometry;
    const position = representativePoint(geometry);
    if (!geometry || !position) return;
    let share = 0;
    if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
      if (!boxesOverlap(box, shapeBox(geometry))) return;
      const total = geodesicArea(geometry);
      share = total > 0 ? Math.min(1, geodesicArea(intersectSmall(geometry, shape)) / total) : 0;
    } else {
      const inside = geometryVertices(geometry).filter(([lon, lat]) => boxContains(box, lon, lat) && pointInPolygon(lon, lat, shape)).length;
      share = inside / Math.max(1, geometryVertices(geometry).length);
    }
    if (share > 0) rows.push({ id: featureId(feature, index), name: featureName(feature, index), position, share });
  });
  return rows;
}
