// Pushes what the editor is working on into the map's editing overlay: the
// selected feature outlined, a shape not yet saved, and the spots a refused
// shape is wrong at. Cleared when the editor has nothing to show or goes away.

import { useEffect, useMemo } from "react";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { EDITING_OVERLAY_SOURCE, editingOverlayStyles } from "../../map/styles/editing-overlay-styles";
import { useMapController } from "../workspace";

export interface EditingOverlay {
  selected: Geometry | null;
  /** A drawn, reshaped or repaired shape not yet saved. */
  draft: Geometry | null;
  problemSpots: readonly Position[];
}

const STYLES = editingOverlayStyles();

export function useEditingOverlay({ selected, draft, problemSpots }: EditingOverlay): void {
  const controller = useMapController();
  const data = useMemo<FeatureCollection | null>(() => {
    const features: Feature[] = [];
    if (selected) features.push({ type: "Feature", geometry: selected, properties: { kind: "selected" } });
    if (draft) features.push({ type: "Feature", geometry: draft, properties: { kind: "draft" } });
    for (const spot of problemSpots) features.push({ type: "Feature", geometry: { type: "Point", coordinates: spot }, properties: { kind: "problem" } });
    return features.length > 0 ? { type: "FeatureCollection", features } : null;
  }, [selected, draft, problemSpots]);

  useEffect(() => {
    if (!controller) return;
    if (data) void controller.setLayer(EDITING_OVERLAY_SOURCE, data, STYLES, undefined, false);
    else void controller.removeLayer(EDITING_OVERLAY_SOURCE);
  }, [controller, data]);

  useEffect(() => () => void controller?.removeLayer(EDITING_OVERLAY_SOURCE), [controller]);
}
