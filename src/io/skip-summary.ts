// One Vietnamese sentence telling how many features a partial import skipped
// and why, e.g. "Bỏ qua 3 đối tượng: 2 có vòng đa giác không khép kín, 1 có
// tọa độ ngoài phạm vi". Counts come from the full tally, not the capped list.

import type { ProblemKind } from "./geojson-problem";
import { formatCount } from "./message-format";

/** Reason phrases, in the order used to break ties between equal counts. */
const SKIP_PHRASES: ReadonlyArray<readonly [ProblemKind, string]> = [
  ["invalid-structure", "sai cấu trúc GeoJSON"],
  ["null-geometry", "không có hình học"],
  ["empty-geometry", "có hình học rỗng"],
  ["coordinate-not-number", "có tọa độ không phải số"],
  ["coordinates-look-swapped", "có tọa độ nghi bị đảo kinh độ/vĩ độ"],
  ["coordinate-out-of-range", "có tọa độ ngoài phạm vi"],
  ["unclosed-ring", "có vòng đa giác không khép kín"],
  ["ring-too-short", "có vòng đa giác ít hơn 4 vị trí"],
  ["line-too-short", "có đường ít hơn 2 vị trí"],
  ["self-intersecting-ring", "có đa giác tự cắt (hình nơ)"],
];

export interface SkipTally {
  readonly invalidFeatureCount: number;
  /** Skipped features, each counted once under the kind of its first problem. */
  readonly skippedByKind: Readonly<Partial<Record<ProblemKind, number>>>;
}

/** Pass a ValidationResult. Reasons are listed most frequent first; their counts add up to the total. */
export function summariseSkipped(tally: SkipTally): string {
  if (tally.invalidFeatureCount === 0) return "Không bỏ qua đối tượng nào";
  const reasons = SKIP_PHRASES.map(([kind, phrase], order) => ({ phrase, order, count: tally.skippedByKind[kind] ?? 0 }))
    .filter((reason) => reason.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((reason) => `${formatCount(reason.count)} ${reason.phrase}`);
  return `Bỏ qua ${formatCount(tally.invalidFeatureCount)} đối tượng: ${reasons.join(", ")}`;
}
