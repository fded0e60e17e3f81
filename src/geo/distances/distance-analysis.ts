// The "Khoảng cách" tables in one call: hotspots → nearest post, and border
// markers → border station and nearest post.

import type { Feature, Geometry } from "geojson";
import { markerDistanceTable, nearestTable, type MarkerDistanceRow, type NearestRow } from "./distance-tables";

export interface DistanceInput {
  hotspots: readonly Feature<Geometry | null>[];
  posts: readonly Feature<Geometry | null>[];
  markers: readonly Feature<Geometry | null>[];
  stations: readonly Feature<Geometry | null>[];
}

export interface DistanceResult {
  hotspots: NearestRow[];
  markers: MarkerDistanceRow[];
  warnings: string[];
}

export function analyseDistances(input: DistanceInput): DistanceResult {
  const warnings: string[] = [];
  if (input.posts.length === 0) warnings.push("Chưa có chốt dân quân nào: không tính được khoảng cách tới chốt gần nhất.");
  if (input.stations.length === 0 && input.markers.length > 0) warnings.push("Chưa có Đồn Biên phòng: cột mốc chỉ tính khoảng cách tới chốt.");
  return {
    hotspots: nearestTable(input.hotspots, input.posts).sort((a, b) => (b.metres ?? 0) - (a.metres ?? 0)),
    markers: markerDistanceTable(input.markers, input.stations, input.posts),
    warnings,
  };
}
