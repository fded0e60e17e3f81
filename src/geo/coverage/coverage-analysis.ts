// "Vùng phủ chốt dân quân": the area the chosen posts reach (by radius or by
// travel time), unioned in one call and clipped to the commune, with the
// covered share, the area only one post covers, and the villages and
// hotspots left out. Worker-safe; progress is reported per stage.

import type { Feature, Geometry } from "geojson";
import { prepareArea } from "./analysis-area";
import { describeReach, type CoverageMode } from "./coverage-mode";
import { targetCoverage, type TargetCoverage } from "./coverage-targets";
import { intersectSmall } from "../shapes/clip-to-box";
import { featureId, featureName, isPointFeature } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { intersection, unionAll, type Areal } from "../shapes/polygon-boolean";
import { postReaches } from "./post-reach";
import { boxContains, shapeBox } from "../shapes/shape-bounds";
import { singlyCovered } from "./single-coverage";

export interface CoverageInput {
  posts: readonly Feature<Geometry | null>[];
  area: readonly Feature<Geometry | null>[];
  mode: CoverageMode;
  villages?: readonly Feature<Geometry | null>[];
  hotspots?: readonly Feature<Geometry | null>[];
  minCoveredShare?: number;
  /** Skip the pairwise-overlap step (the "covered by one post only" area). */
  skipSingleCoverage?: boolean;
}

export interface PostCoverage {
  id: string;
  name: string;
  reach: string;
  reachAreaM2: number;
  insideArea: boolean;
}

export interface CoverageResult {
  areaM2: number;
  coveredAreaM2: number;
  coveredPercent: number;
  covered: Areal | null;
  singlyCovered: Areal | null;
  singlyCoveredAreaM2: number;
  posts: PostCoverage[];
  villages: TargetCoverage[];
  hotspots: TargetCoverage[];
  warnings: string[];
}

/** Area of a post's reach inside the commune; a reach wholly inside needs no clipping. */
function areaInside(reach: Areal | null, area: Areal): number {
  if (!reach) return 0;
  const box = shapeBox(reach);
  const outline = reach.type === "Polygon" ? reach.coordinates[0] : reach.coordinates.flatMap((polygon) => polygon[0]);
  const areaVertices = area.type === "Polygon" ? area.coordinates.flat() : area.coordinates.flat(2);
  const whollyInside = outline.every(([lon, lat]) => pointInPolygon(lon, lat, area)) && !areaVertices.some(([lon, lat]) => boxContains(box, lon, lat));
  return geodesicArea(whollyInside ? reach : intersectSmall(reach, area));
}

export type ProgressListener = (fraction: number, stage: string) => void;

export function analyseCoverage(input: CoverageInput, onProgress: ProgressListener = () => {}): CoverageResult {
  const area = prepareArea(input.area);
  const warnings = [...area.warnings];
  const posts = input.posts.filter(isPointFeature);
  const skipped = input.posts.length - posts.length;
  if (skipped > 0) warnings.push(`Bỏ qua ${skipped} chốt không có tọa độ điểm hợp lệ.`);
  if (posts.length === 0) warnings.push("Chưa chọn chốt dân quân nào: vùng phủ bằng 0.");
  if (input.mode.kind === "travel" && input.mode.roads.length === 0) warnings.push("Lớp giao thông không có tuyến nào: chỉ tính phạm vi đi bộ từ chốt.");

  onProgress(0.05, "Tính phạm vi từng chốt");
  const reportEvery = Math.max(1, Math.round(posts.length / 20));
  const reaches = postReaches(posts, input.mode, (done) => done % reportEvery === 0 && onProgress(0.05 + (0.45 * done) / posts.length, "Tính phạm vi từng chốt"));
  if (posts.length > 0 && reaches.every((reach) => reach.shape === null)) warnings.push("Bán kính hoặc thời gian bằng 0: không chốt nào có vùng phủ.");

  onProgress(0.5, "Hợp các vùng phủ");
  const union = unionAll(reaches.flatMap((reach) => (reach.shape ? [reach.shape] : [])));
  onProgress(0.65, "Cắt theo ranh giới xã");
  const covered = intersection(union, area.shape);
  const coveredAreaM2 = Math.min(area.areaM2, geodesicArea(covered));

  onProgress(0.75, "Tìm vùng chỉ một chốt phủ");
  const shapes = reaches.map((reach) => reach.shape);
  const single = input.skipSingleCoverage ? null : intersection(singlyCovered(union, shapes), area.shape);

  onProgress(0.9, "Thống kê thôn và điểm nóng");
  const postSummaries = posts.map((post, index): PostCoverage => {
    const [lon, lat] = post.geometry.coordinates;
    const insideArea = pointInPolygon(lon, lat, area.shape);
    if (!insideArea) warnings.push(`Chốt “${featureName(post, index)}” nằm ngoài ranh giới xã: vẫn tính phần vùng phủ rơi vào xã.`);
    return {
      id: featureId(post, index),
      name: featureName(post, index),
      reach: describeReach(input.mode, reaches[index].value),
      reachAreaM2: areaInside(reaches[index].shape, area.shape),
      insideArea,
    };
  });
  const result: CoverageResult = {
    areaM2: area.areaM2,
    coveredAreaM2,
    coveredPercent: (100 * coveredAreaM2) / area.areaM2,
    covered,
    singlyCovered: single,
    singlyCoveredAreaM2: geodesicArea(single),
    posts: postSummaries,
    villages: targetCoverage(input.villages ?? [], covered, shapes, input.minCoveredShare),
    hotspots: targetCoverage(input.hotspots ?? [], covered, shapes),
    warnings,
  };
  onProgress(1, "Xong");
  return result;
}

