// The layers the analyses read: the commune's built-in layers (empty until
// the sample has loaded) and, for incidents, any imported point layer the
// user picks (there is no built-in incident layer yet).

import { useMemo } from "react";
import type { Feature, Geometry } from "geojson";
import type { BuiltInLayerId } from "../domain/layer-catalog";
import { useWorkspace } from "./workspace-context";

export type LayerFeatures = readonly Feature<Geometry | null>[];

const EMPTY: LayerFeatures = Object.freeze([]);

export function useAnalysisInputs() {
  const { builtInLayers, importedLayers } = useWorkspace();
  return useMemo(() => {
    const layer = (id: BuiltInLayerId): LayerFeatures => builtInLayers.find((entry) => entry.definition.id === id)?.data?.features ?? EMPTY;
    return {
      loaded: builtInLayers.every((entry) => entry.data !== null),
      commune: layer("commune"),
      villages: layer("village"),
      roads: layer("road"),
      borderLines: layer("border-line"),
      posts: layer("militia-post"),
      headquarters: layer("command-post"),
      stations: layer("border-station"),
      markers: layer("border-marker"),
      hotspots: layer("hotspot"),
      defenceLand: layer("defence-land"),
      importedLayers: importedLayers.map((entry) => ({ id: entry.record.id, name: entry.record.name, features: entry.data.features as LayerFeatures })),
    };
  }, [builtInLayers, importedLayers]);
}

export type AnalysisInputs = ReturnType<typeof useAnalysisInputs>;

/** The features of the imported layer chosen as incidents ("" = none). */
export function incidentFeatures(inputs: AnalysisInputs, layerId: string): LayerFeatures {
  return inputs.importedLayers.find((layer) => layer.id === layerId)?.features ?? EMPTY;
}
