// The layers the analyses read: the commune's built-in layers (empty until
// the sample has loaded) and the imported layers, one of which the user may
// pick as incidents (see use-incident-layer-features.ts for the police's own records).

import { useMemo } from "react";
import type { Feature, Geometry } from "geojson";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { useWorkspace } from "../workspace";

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
      // Names only: the features of the one layer picked as incidents are read on demand (use-incident-layer-features.ts).
      importedLayers: importedLayers.map((entry) => ({ id: entry.record.id, name: entry.record.name })),
    };
  }, [builtInLayers, importedLayers]);
}

export type AnalysisInputs = ReturnType<typeof useAnalysisInputs>;
