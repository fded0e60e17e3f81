// What an export may carry, by độ mật (domain/classification.ts): Tối mật
// layers and drill plans are left out (they never leave the device) and
// counted, so the export can say so; the package's own mark is the highest
// of what stays. Marker inspections and patrols carry no mark (Thường).

import { classificationOf, highestClassification, type Classification } from "../../domain/classification";
import type { ExchangeContent } from "./package-manifest";

export interface ClassifiedExport {
  content: ExchangeContent;
  classification: Classification;
  leftOut: { layers: string[]; drills: string[] };
}

export function classifyExport(content: ExchangeContent): ClassifiedExport {
  const layers = content.layers.filter((layer) => classificationOf(layer) !== "toi-mat");
  const drills = content.drills.filter((plan) => classificationOf(plan) !== "toi-mat");
  return {
    content: { ...content, layers, drills },
    classification: highestClassification([...layers.map(classificationOf), ...drills.map(classificationOf)]),
    leftOut: {
      layers: content.layers.filter((layer) => !layers.includes(layer)).map((layer) => layer.name),
      drills: content.drills.filter((plan) => !drills.includes(plan)).map((plan) => plan.name),
    },
  };
}

/** "Lớp “Đất quốc phòng”, kế hoạch “…”: đối tượng Tối mật không được xuất khỏi thiết bị (đã bỏ ra)." or null. */
export function leftOutMessage(leftOut: ClassifiedExport["leftOut"]): string | null {
  const parts = [...leftOut.layers.map((name) => `lớp “${name}”`), ...leftOut.drills.map((name) => `kế hoạch “${name}”`)];
  if (parts.length === 0) return null;
  const list = parts.join(", ");
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}: đối tượng Tối mật không được xuất khỏi thiết bị (đã bỏ ra).`;
}
