// The snapping function of the edited layer: built once per change of the
// target layer's data (the LineSnapper indexes its segments), reaching
// SNAP_PIXELS on screen at the map's current zoom. null when the layer does
// not snap or the officer turned snapping off.

import { useMemo } from "react";
import type { Position } from "geojson";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { LineSnapper, snapLinesOf } from "../../geo/shapes/snap-to-lines";
import type { SnapPosition } from "../../map/drawing/terra-draw-snapping";
import { useBuiltInLayerData, useMapController } from "../workspace";
import { SNAP_PIXELS, metresPerPixel, snapTargetOf } from "./editing-snap-targets";

export function useSnapper(layerId: BuiltInLayerId, enabled: boolean): SnapPosition | null {
  const target = snapTargetOf(layerId);
  const data = useBuiltInLayerData(target?.layerId ?? "commune");
  const controller = useMapController();
  return useMemo(() => {
    if (!target || !enabled || !data || !controller) return null;
    const snapper = new LineSnapper(data.features.flatMap((feature) => snapLinesOf(feature.geometry)));
    return (position: Position) => snapper.snap(position, SNAP_PIXELS * metresPerPixel(controller.map.getZoom(), position[1]))?.position ?? null;
  }, [target, enabled, data, controller]);
}
