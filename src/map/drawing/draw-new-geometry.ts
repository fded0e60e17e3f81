// Drawing a new line or polygon for the layer editor with terra-draw: click
// each vertex (snapped when the layer snaps, see terra-draw-snapping.ts);
// "Xong" (finish) or Enter ends it, closing on the first vertex ends a
// polygon, "Hủy" (cancel) or Escape drops it. Feature selection is suspended
// meanwhile, so clicks place vertices instead of opening attribute panels.

import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { LineString, Polygon } from "geojson";
import type { MapController } from "../map-controller";
import { LINE_STYLES, POLYGON_STYLES } from "../styles/editing-draw-styles";
import { startDrawSession } from "./terra-draw-session";
import { terraDrawSnapping, type SnapPosition } from "./terra-draw-snapping";

export interface GeometrySession<T> {
  /** Resolves with the geometry when finished; rejects with an AbortError when cancelled. */
  result: Promise<T>;
  finish(): void;
  cancel(): void;
}

const MODE_BY_TYPE = { LineString: "linestring", Polygon: "polygon" } as const;

export function drawNewGeometry(controller: MapController, type: "LineString" | "Polygon", snap: SnapPosition | null): GeometrySession<LineString | Polygon> {
  const resume = controller.suspendSelection();
  const snapping = terraDrawSnapping(snap);
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map: controller.map, prefixId: "editor-draw" }),
    modes: [new TerraDrawLineStringMode({ styles: LINE_STYLES, snapping }), new TerraDrawPolygonMode({ styles: POLYGON_STYLES, snapping })],
  });
  const session = startDrawSession<LineString | Polygon>(draw, controller.map.getCanvas(), resume, "Đã hủy vẽ");
  draw.start();
  draw.setMode(MODE_BY_TYPE[type]);
  draw.on("finish", (id) => {
    const geometry = draw.getSnapshotFeature(id)?.geometry;
    session.stop();
    if (geometry && (geometry.type === "LineString" || geometry.type === "Polygon")) session.resolve(structuredClone(geometry) as LineString | Polygon);
    else session.reject(new Error("Hình vẽ không hợp lệ."));
  });
  return {
    result: session.result,
    // terra-draw finishes the line or polygon under way on Enter (its default finish key), read on the map canvas.
    finish: () => controller.map.getCanvas().dispatchEvent(new KeyboardEvent("keyup", { key: "Enter", bubbles: true })),
    cancel: session.cancel,
  };
}
