// Draws what the Đồng bộ tab is looking at on the map: both versions of a
// conflicting record (the server's in blue, this device's in orange) or a
// directive's area; removed when nothing is shown.

import { useEffect } from "react";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { SYNC_OVERLAY_SOURCE_ID, syncOverlayStyles } from "../../map/styles/sync-overlay-styles";
import { useMapController } from "../workspace";

export interface OverlayShape {
  side: "server" | "local" | "directive";
  feature: Feature<Geometry | null> | null;
}

/** Empty geometries (an inspection's POINT EMPTY) have nothing to draw. */
function drawable(feature: Feature<Geometry | null> | null): Geometry | null {
  const geometry = feature?.geometry ?? null;
  return geometry && JSON.stringify(geometry).includes("[") && !JSON.stringify(geometry).includes("[]") ? geometry : null;
}

export function useSyncMapOverlay(shapes: readonly OverlayShape[] | null): void {
  const controller = useMapController();
  useEffect(() => {
    if (!controller || !shapes) return;
    const features = shapes.flatMap((shape) => {
      const geometry = drawable(shape.feature);
      return geometry ? [{ type: "Feature" as const, geometry, properties: { side: shape.side } }] : [];
    });
    if (features.length === 0) return;
    const data: FeatureCollection = { type: "FeatureCollection", features };
    void controller.setLayer(SYNC_OVERLAY_SOURCE_ID, data, syncOverlayStyles(), undefined, false);
    return () => void controller.removeLayer(SYNC_OVERLAY_SOURCE_ID);
  }, [controller, shapes]);
}
