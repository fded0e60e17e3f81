// The whole "Bảo vệ đất quốc phòng" analysis: corridors, flagged incidents and
// hotspots, and the data problems of the parcels against the commune.

import type { Feature, Geometry } from "geojson";
import { prepareArea } from "../coverage/analysis-area";
import { featureId } from "../shapes/feature-identity";
import { defenceLandProblems, type DataProblem } from "./defence-land-problems";
import { protectionCorridors, protectionFlags, type ParcelCorridor, type ProtectionFlag, type ProtectionInput } from "./defence-land-protection";

export interface ProtectionResult {
  corridors: ParcelCorridor[];
  flags: ProtectionFlag[];
  problems: DataProblem[];
  warnings: string[];
}

export function analyseProtection(input: ProtectionInput & { area: readonly Feature<Geometry | null>[] }): ProtectionResult {
  const warnings: string[] = [];
  let areaShape = null;
  if (input.area.length > 0) {
    const area = prepareArea(input.area);
    areaShape = area.shape;
    warnings.push(...area.warnings);
  } else warnings.push("Chưa có ranh giới xã: không kiểm tra được thửa nằm ngoài xã.");
  if (input.parcels.length === 0) warnings.push("Lớp đất quốc phòng không có thửa nào.");
  const problems = defenceLandProblems(input.parcels, areaShape);
  const brokenIds = new Set(problems.filter((problem) => problem.kind === "self-intersection").flatMap((problem) => problem.ids));
  const usable = input.parcels.filter((parcel, index) => !brokenIds.has(featureId(parcel, index)));
  const corridors = protectionCorridors({ ...input, parcels: usable });
  return { corridors, flags: protectionFlags(corridors, input), problems, warnings };
}
