// Draws what the Đồng bộ tab is looking at on the map: both versions of a
// conflicting record (the server's in blue, this device's in orange) or a
// directive's area; removed when nothing is shown.

import { useEffect } from "react";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { LayerSpecification } from "maplibre-gl";
import { useMapController } from "../workspace";

const SOURCE_ID = "sync-overlay";
const COLOR = ["match", ["get", "side"], "server", "#2563eb", "local", "#ea580c", "#7c3aed"] as unknown as string;

const STYLES: LayerSpecification[] = [
  { id: `${SOURCE_ID}-fill`, type: "fill", source: SOURCE_ID, filter: ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]], paint: { "fill-color": COLOR, "fill-opacity": 0.15 } },
  { id: `${SOURCE_ID}-line`, type: "line", source: SOURCE_ID, paint: { "line-color": COLOR, "line-width": 3, "line-dasharray": [2, 1] } },
  { id: `${SOURCE_ID}-point`, type: "circle", source: SOURCE_ID, filter: ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]], paint: { "circle-color": COLOR, "circle-radius": 8, "circle-stroke-color": "#fff", "circle-stroke-width": 2 } },
];

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
    void controller.setLayer(SOURCE_ID, data, STYLES, undefined, false);
    return () => void controller.removeLayer(SOURCE_ID);
  }, [controller, shapes]);
}
