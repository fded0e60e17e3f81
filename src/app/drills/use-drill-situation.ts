// Pushes the drill situation at the shown phase into the map, and computes the
// plan's conflicts against the commune boundary and the border belt.

import { useEffect, useMemo } from "react";
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { DrillPlan } from "../../domain/drill-plan";
import { borderBelt } from "../../geo/border-protection/border-belt";
import { findDrillConflicts, type DrillConflict } from "../../geo/drills/drill-conflicts";
import { drillSituationFeatures } from "../../geo/drills/drill-situation-features";
import { DRILL_SOURCE_ID, drillLayerStyles } from "../../map/styles/drill-layer-styles";
import { useBuiltInLayerData, useWorkspace } from "../workspace";

export function useDrillSituation(plan: DrillPlan | null, phaseId: string | null) {
  const { controller } = useWorkspace();
  const collection = useMemo(() => drillSituationFeatures(plan, phaseId), [plan, phaseId]);
  useEffect(() => {
    void controller?.setLayer(DRILL_SOURCE_ID, collection, drillLayerStyles(), "id");
  }, [controller, collection]);
  return collection;
}

export function useDrillConflicts(plan: DrillPlan | null): DrillConflict[] {
  const communeLayer = useBuiltInLayerData("commune");
  const borderLayer = useBuiltInLayerData("border-line");
  const context = useMemo(() => {
    const commune = (communeLayer?.features[0] as Feature<Polygon | MultiPolygon> | undefined) ?? null;
    const border = (borderLayer?.features[0] as Feature<LineString | MultiLineString> | undefined) ?? null;
    return { commune, borderBelt: commune && border ? borderBelt(border, commune) : null };
  }, [communeLayer, borderLayer]);
  return useMemo(() => (plan ? findDrillConflicts(plan, context) : []), [plan, context]);
}
