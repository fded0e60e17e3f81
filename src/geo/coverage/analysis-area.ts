// The area an analysis is clipped to (usually the commune): the union of the
// area layer's polygons, after checking it is usable. Self-intersecting
// rings are split into simple parts (with a warning) instead of failing.

import { kinks, unkinkPolygon } from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { AnalysisInputError } from "../analysis-results/analysis-errors";
import { featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { polygonsOf, unionAll, type Areal } from "../shapes/polygon-boolean";

export interface AnalysisArea {
  shape: Areal;
  areaM2: number;
  warnings: string[];
}

const isAreal = (geometry: Geometry | null): geometry is Polygon | MultiPolygon =>
  geometry?.type === "Polygon" || geometry?.type === "MultiPolygon";

export function prepareArea(features: readonly Feature<Geometry | null>[], layerName = "ranh giới xã"): AnalysisArea {
  const warnings: string[] = [];
  const parts: Polygon[] = [];
  features.forEach((feature, index) => {
    if (!isAreal(feature.geometry)) return;
    for (const polygon of polygonsOf(feature.geometry)) {
      if (!polygon.coordinates[0] || polygon.coordinates[0].length < 4) continue;
      const crossings = kinks(polygon).features;
      if (crossings.length === 0) {
        parts.push(polygon);
        continue;
      }
      const [lon, lat] = crossings[0].geometry.coordinates;
      warnings.push(`Vùng “${featureName(feature, index)}” của ${layerName} tự cắt nhau (gần ${lon.toFixed(5)}, ${lat.toFixed(5)}): đã tách thành các phần đơn để tính.`);
      for (const simple of unkinkPolygon({ type: "Feature", properties: {}, geometry: polygon }).features) parts.push(simple.geometry);
    }
  });
  if (parts.length === 0) throw new AnalysisInputError(`Chưa có ${layerName}: cần ít nhất một vùng (Polygon/MultiPolygon) để tính.`);
  const shape = unionAll(parts);
  const areaM2 = geodesicArea(shape);
  if (!shape || !(areaM2 > 0)) throw new AnalysisInputError(`Diện tích ${layerName} bằng 0: không tính được tỷ lệ phủ.`);
  return { shape, areaM2, warnings };
}
