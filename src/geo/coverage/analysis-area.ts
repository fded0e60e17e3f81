// The area an analysis is clipped to (usually the commune): the union of the
// area layer's polygons, after checking it is usable. Every polygon is
// normalised first (src/geo/normalize): the official boundaries repeat
// vertices and touch themselves, and drawn or imported polygons may cross
// themselves; Clipper2 repairs those (with a warning) instead of failing.
// Turf's unkinkPolygon is not used: it throws on repeated vertices.

import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { AnalysisInputError } from "../analysis-results/analysis-errors";
import { featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { normalizeAreal } from "../normalize";
import { unionAll, type Areal } from "../shapes/polygon-boolean";

export interface AnalysisArea {
  shape: Areal;
  areaM2: number;
  warnings: string[];
}

const isAreal = (geometry: Geometry | null): geometry is Polygon | MultiPolygon =>
  geometry?.type === "Polygon" || geometry?.type === "MultiPolygon";

export function prepareArea(features: readonly Feature<Geometry | null>[], layerName = "ranh giới xã"): AnalysisArea {
  const warnings: string[] = [];
  const parts: Areal[] = [];
  features.forEach((feature, index) => {
    if (!isAreal(feature.geometry)) return;
    const { geometry, report } = normalizeAreal(feature.geometry);
    if (report.polygonsRepaired > 0) {
      warnings.push(`Vùng “${featureName(feature, index)}” của ${layerName} tự cắt nhau hoặc tự chạm: đã sửa thành các vùng đơn (Clipper2) để tính.`);
    }
    if (geometry) parts.push(geometry);
  });
  if (parts.length === 0) throw new AnalysisInputError(`Chưa có ${layerName}: cần ít nhất một vùng (Polygon/MultiPolygon) để tính.`);
  const shape = unionAll(parts);
  const areaM2 = geodesicArea(shape);
  if (!shape || !(areaM2 > 0)) throw new AnalysisInputError(`Diện tích ${layerName} bằng 0: không tính được tỷ lệ phủ.`);
  return { shape, areaM2, warnings };
}
