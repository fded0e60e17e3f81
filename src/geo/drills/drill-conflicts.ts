// Conflicts in a drill plan, flagged for the commander before the briefing:
// a route crossing the border belt, an assembly point outside the commune,
// and a force assigned to two places in the same phase. "Places" are point and
// area elements; a route is how a force moves between them, so sharing a force
// between a route and its end points is not a conflict.

import { booleanIntersects } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { DrillPlan } from "../../domain/drill-plan";
import { pointInPolygon } from "../indexes/point-in-polygon";

export type DrillConflictKind = "route-crosses-border-belt" | "assembly-outside-commune" | "force-in-two-places";

export interface DrillConflict {
  kind: DrillConflictKind;
  message: string;
  elementIds: string[];
  phaseId: string;
}

export interface ConflictContext {
  commune: Feature<Polygon | MultiPolygon> | null;
  borderBelt: Feature<Polygon | MultiPolygon> | null;
}

export function findDrillConflicts(plan: Pick<DrillPlan, "forces" | "phases" | "elements">, context: ConflictContext): DrillConflict[] {
  const conflicts: DrillConflict[] = [];
  const phaseName = (id: string) => plan.phases.find((phase) => phase.id === id)?.name ?? "(chưa gán giai đoạn)";

  for (const element of plan.elements) {
    if (element.geometry.type === "LineString" && context.borderBelt && booleanIntersects(element.geometry, context.borderBelt)) {
      conflicts.push({
        kind: "route-crosses-border-belt",
        message: `Tuyến “${element.name}” (giai đoạn ${phaseName(element.phaseId)}) đi qua vành đai biên giới.`,
        elementIds: [element.id],
        phaseId: element.phaseId,
      });
    }
    if (element.kind === "assembly-point" && element.geometry.type === "Point" && context.commune) {
      const [lon, lat] = element.geometry.coordinates;
      if (!pointInPolygon(lon, lat, context.commune.geometry)) {
        conflicts.push({
          kind: "assembly-outside-commune",
          message: `Điểm tập kết “${element.name}” nằm ngoài địa bàn xã.`,
          elementIds: [element.id],
          phaseId: element.phaseId,
        });
      }
    }
  }

  for (const phase of plan.phases) {
    for (const force of plan.forces) {
      const places = plan.elements.filter(
        (element) => element.phaseId === phase.id && element.kind !== "route" && element.forceIds.includes(force.id),
      );
      if (places.length < 2) continue;
      conflicts.push({
        kind: "force-in-two-places",
        message: `Lực lượng “${force.name}” được giao ${places.length} vị trí trong cùng giai đoạn ${phase.name}: ${places.map((place) => `“${place.name}”`).join(", ")}.`,
        elementIds: places.map((place) => place.id),
        phaseId: phase.id,
      });
    }
  }
  return conflicts;
}
