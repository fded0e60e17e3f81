// The incidents an analysis lists: the police's own records (the page's one
// live copy, shared with the Vụ việc tab) or an imported point layer the user picks.

import { useMemo } from "react";
import type { Feature, Point } from "geojson";
import type { IncidentRecord } from "../../domain/incident";
import type { AnalysisInputs, LayerFeatures } from "./use-analysis-inputs";
import { useImportedLayerFeatures, useLiveIncidents } from "../workspace";

/** Select value meaning "the records of the Vụ việc tab". */
export const POLICE_RECORDS = "__police-records__";

function asFeature(record: IncidentRecord): Feature<Point> {
  return {
    type: "Feature",
    id: record.id,
    geometry: { type: "Point", coordinates: [record.lon, record.lat] },
    properties: { id: record.id, name: record.title, category: record.category, severity: record.severity, status: record.status },
  };
}

const NONE: LayerFeatures = Object.freeze([]);

export function useIncidentLayerFeatures(inputs: AnalysisInputs, choice: string): LayerFeatures {
  const police = useLiveIncidents().rows;
  const records = useMemo<LayerFeatures>(() => (police ?? []).filter((record) => record.deletedAt === null).map(asFeature), [police]);
  // An imported layer's features are read from IndexedDB on demand (empty while reading).
  const known = choice !== POLICE_RECORDS && inputs.importedLayers.some((layer) => layer.id === choice);
  const imported = useImportedLayerFeatures(known ? choice : "");

  return choice === POLICE_RECORDS ? records : (imported?.features ?? NONE);
}
