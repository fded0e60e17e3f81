// Analysis results as GeoJSON for the map and for export: every feature has
// a `kind` (styled by src/map/analysis-layer-styles.ts), a Vietnamese `name`
// and, for points, a short `label`. Figures are rounded for people.

import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { BorderBeltResult } from "../border-protection/border-belt-analysis";
import { formatMetres } from "../geodesy/compass";
import type { CoverageResult } from "../coverage/coverage-analysis";
import type { DistanceResult } from "../distances/distance-analysis";
import type { SuggestedPost } from "../coverage/next-post-suggestion";
import type { ProtectionResult } from "../border-protection/protection-analysis";

type Properties = Record<string, string | number | boolean | null>;

const feature = (geometry: Geometry | null, properties: Properties): Feature[] => (geometry ? [{ type: "Feature", properties, geometry }] : []);
const point = (coordinates: Position): Geometry => ({ type: "Point", coordinates });
const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

export function coverageFeatures(result: CoverageResult, suggestions: readonly SuggestedPost[] | null): FeatureCollection {
  return collection([
    ...feature(result.covered, { kind: "covered", name: "Vùng được phủ", areaM2: Math.round(result.coveredAreaM2), percent: Number(result.coveredPercent.toFixed(2)) }),
    ...feature(result.singlyCovered, { kind: "single", name: "Vùng chỉ một chốt phủ", areaM2: Math.round(result.singlyCoveredAreaM2) }),
    ...[...result.villages, ...result.hotspots]
      .filter((target) => !target.covered)
      .flatMap((target) => feature(point(target.position), { kind: "uncovered-target", id: target.id, name: `Chưa được phủ: ${target.name}`, label: target.name, coveredShare: Number(target.coveredShare.toFixed(3)) })),
    ...(suggestions ?? []).flatMap((suggestion, index) =>
      feature(point(suggestion.position), {
        kind: "suggestion",
        name: `Đề xuất chốt ${index + 1}`,
        label: `Đề xuất chốt ${index + 1}`,
        gainAreaM2: Math.round(suggestion.gainAreaM2),
        gainPopulation: suggestion.gainPopulation,
      }),
    ),
  ]);
}

export function distanceFeatures(result: DistanceResult): FeatureCollection {
  return collection(
    result.hotspots.flatMap((row) =>
      row.nearestPosition && row.metres !== null
        ? feature({ type: "LineString", coordinates: [row.position, row.nearestPosition] }, { kind: "nearest-line", name: `${row.name} → ${row.nearestName}`, metres: Math.round(row.metres), distance: formatMetres(row.metres) })
        : [],
    ),
  );
}

export function borderBeltFeatures(result: BorderBeltResult, widthMetres: number): FeatureCollection {
  return collection(feature(result.belt, { kind: "belt", name: `Vành đai biên giới ${widthMetres.toLocaleString("vi-VN")} m`, widthMetres, areaM2: Math.round(result.areaM2) }));
}

export function protectionFeatures(result: ProtectionResult): FeatureCollection {
  return collection([
    ...result.corridors.flatMap((corridor) => feature(corridor.corridor, { kind: "corridor", id: corridor.id, name: `Hành lang bảo vệ ${corridor.widthMetres} m – ${corridor.name}`, widthMetres: corridor.widthMetres })),
    ...result.problems.flatMap((problem) => feature(problem.shape ?? (problem.position ? point(problem.position) : null), { kind: "problem", name: problem.message, ids: problem.ids.join(", ") })),
    ...result.flags.flatMap((flag) => feature(point(flag.position), { kind: "flag", id: flag.id, name: `${flag.name} – ${flag.where === "parcel" ? "trong thửa" : "trong hành lang"} ${flag.parcelName}`, label: flag.name })),
  ]);
}
