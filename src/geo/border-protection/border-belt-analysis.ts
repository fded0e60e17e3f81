// "Vành đai biên giới": the belt along the border (border-belt.ts), clipped to
// the commune, with the villages, posts, hotspots, incidents and markers in it
// (a village partly in the belt is listed with its share inside).

import type { Feature, Geometry, LineString, MultiLineString } from "geojson";
import { prepareArea } from "../coverage/analysis-area";
import { AnalysisInputError } from "../analysis-results/analysis-errors";
import { borderStrip } from "./border-belt";
import { geodesicArea } from "../geodesy/geodesic-area";
import { featuresInShape, type MemberRow } from "../indexes/points-in-shape";
import { intersection, unionAll, type Areal } from "../shapes/polygon-boolean";

export interface BorderBeltInput {
  borderLines: readonly Feature<Geometry | null>[];
  area: readonly Feature<Geometry | null>[];
  widthMetres: number;
  layers: Partial<Record<BeltMemberKind, readonly Feature<Geometry | null>[]>>;
}

export type BeltMemberKind = "villages" | "posts" | "hotspots" | "incidents" | "markers";

export interface BorderBeltResult {
  belt: Areal | null;
  areaM2: number;
  members: Record<BeltMemberKind, MemberRow[]>;
  warnings: string[];
}

const isLine = (feature: Feature<Geometry | null>): feature is Feature<LineString | MultiLineString> =>
  feature.geometry?.type === "LineString" || feature.geometry?.type === "MultiLineString";

export function analyseBorderBelt(input: BorderBeltInput): BorderBeltResult {
  const area = prepareArea(input.area);
  const warnings = [...area.warnings];
  const lines = input.borderLines.filter(isLine);
  if (lines.length === 0) throw new AnalysisInputError("Chưa có đường biên giới (LineString) để tính vành đai.");
  if (!(input.widthMetres > 0)) warnings.push("Độ rộng vành đai bằng 0: không có vành đai.");
  const commune = { geometry: area.shape };
  const strips = lines.flatMap((line) => borderStrip(line, input.widthMetres)?.geometry ?? []);
  const belt = intersection(unionAll(strips), commune.geometry);
  if (input.widthMetres > 0 && !belt) warnings.push("Đường biên giới không đi qua gần xã: vành đai trong xã trống.");
  // Membership is tested against the unclipped strip: features on the border line itself (markers)
  // may lie a hair outside the commune polygon, yet they are in the belt.
  const strip = unionAll(strips);
  const members = {} as Record<BeltMemberKind, MemberRow[]>;
  for (const kind of ["villages", "posts", "hotspots", "incidents", "markers"] as const) members[kind] = featuresInShape(input.layers[kind] ?? [], strip);
  return { belt, areaM2: geodesicArea(belt), members, warnings };
}
