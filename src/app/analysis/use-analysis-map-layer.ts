// Puts one analysis result on the map as its own `analysis-…` source, and
// takes it off when there is no result (or the panel unmounts).

import { useEffect } from "react";
import type { FeatureCollection } from "geojson";
import { analysisLayerStyles } from "../../map/styles/analysis-layer-styles";
import { useWorkspace } from "../workspace";

export function useAnalysisMapLayer(name: string, features: FeatureCollection | null): void {
  const { controller } = useWorkspace();
  const sourceId = `analysis-${name}`;
  useEffect(() => {
    if (!controller) return;
    if (features) void controller.setLayer(sourceId, features, analysisLayerStyles(sourceId));
    else void controller.removeLayer(sourceId);
  }, [controller, sourceId, features]);
  useEffect(() => () => void controller?.removeLayer(sourceId), [controller, sourceId]);
}
