// Data problems of the defence-land layer, reported in Vietnamese: parcels
// that overlap each other, stray outside the commune, or whose boundary
// crosses itself. Overlaps under 1 m² are digitising noise and ignored.

import { kinks } from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { formatSquareMetres } from "../geodesy/compass";
import { featureId, featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { intersection, subtract, type Areal } from "../shapes/polygon-boolean";
import { representativePoint } from "../shapes/representative-point";
import { boxesOverlap, shapeBox } from "../shapes/shape-bounds";

export interface DataProblem {
  kind: "overlap" | "outside-area" | "self-intersection";
  ids: string[];
  message: string;
  position: Position | null;
  shape: Areal | null;
  areaM2: number;
}

const NOISE_M2 = 1;

const isAreal = (geometry: Geometry | null): geometry is Polygon | MultiPolygon => geometry?.type === "Polygon" || geometry?.type === "MultiPolygon";

export function defenceLandProblems(parcels: readonly Feature<Geometry | null>[], area: Areal | null): DataProblem[] {
  const problems: DataProblem[] = [];
  const located = parcels.flatMap((parcel, index) => (isAreal(parcel.geometry) ? [{ parcel, index, geometry: parcel.geometry, box: shapeBox(parcel.geometry) }] : []));
  const broken = new Set<number>();
  for (const { parcel, index, geometry } of located) {
    const crossing = kinks(geometry).features[0];
    if (!crossing) continue;
    broken.add(index);
    const position = crossing.geometry.coordinates;
    problems.push({
      kind: "self-intersection",
      ids: [featureId(parcel, index)],
      message: `Thửa “${featureName(parcel, index)}” có ranh giới tự cắt nhau gần ${position[1].toFixed(5)}, ${position[0].toFixed(5)}: cần vẽ lại.`,
      position,
      shape: null,
      areaM2: 0,
    });
  }
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i];
      const b = located[j];
      // A self-intersecting parcel is reported above; clipping it would only fail.
      if (broken.has(a.index) || broken.has(b.index) || !boxesOverlap(a.box, b.box)) continue;
      const overlap = intersection(a.geometry, b.geometry);
      const areaM2 = geodesicArea(overlap);
      if (areaM2 < NOISE_M2) continue;
      problems.push({
        kind: "overlap",
        ids: [featureId(a.parcel, a.index), featureId(b.parcel, b.index)],
        message: `Thửa “${featureName(a.parcel, a.index)}” chồng lấn thửa “${featureName(b.parcel, b.index)}”: ${formatSquareMetres(areaM2)}.`,
        position: overlap ? representativePoint(overlap) : null,
        shape: overlap,
        areaM2,
      });
    }
  }
  if (area) {
    for (const { parcel, index, geometry } of located) {
      if (broken.has(index)) continue;
      const outside = subtract(geometry, area);
      const areaM2 = geodesicArea(outside);
      if (areaM2 < NOISE_M2) continue;
      problems.push({
        kind: "outside-area",
        ids: [featureId(parcel, index)],
        message: `Thửa “${featureName(parcel, index)}” nằm ngoài ranh giới xã ${formatSquareMetres(areaM2)} (${Math.round((100 * areaM2) / Math.max(1, geodesicArea(geometry)))}% diện tích thửa).`,
        position: outside ? representativePoint(outside) : null,
        shape: outside,
        areaM2,
      });
    }
  }
  return problems;
}
