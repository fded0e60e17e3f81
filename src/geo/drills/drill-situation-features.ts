// The drill situation at a phase as GeoJSON for the map and the printed sheet:
// one feature per element, with its kind's colour and label and whether it
// belongs to the phase shown ("current") or to an earlier one ("past").

import type { Feature, FeatureCollection } from "geojson";
import { situationAt } from "../../domain/drill-phases";
import { elementKindInfo, type DrillPlan } from "../../domain/drill-plan";

export function drillSituationFeatures(plan: DrillPlan | null, phaseId: string | null): FeatureCollection {
  if (!plan) return { type: "FeatureCollection", features: [] };
  const features: Feature[] = situationAt(plan, phaseId).map(({ element, state }) => {
    const kind = elementKindInfo(element.kind);
    const phase = plan.phases.find((candidate) => candidate.id === element.phaseId);
    return {
      type: "Feature",
      id: element.id,
      geometry: element.geometry,
      properties: {
        id: element.id,
        name: element.name,
        kind: element.kind,
        "Loại": kind.label,
        "Giai đoạn": phase?.name ?? "",
        color: kind.color,
        state,
      },
    };
  });
  return { type: "FeatureCollection", features };
}
