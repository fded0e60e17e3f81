// Drawing a new line or polygon for the layer editor with terra-draw: click
// each vertex (snapped when the layer snaps, see terra-draw-snapping.ts);
// "Xong" (finish) or Enter ends it, closing on the first vertex ends a
// polygon, "Hủy" (cancel) or Escape drops it. Feature selection is suspended
// meanwhile, so clicks place vertices instead of opening attribute panels.

import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { LineString, Polygon } from "geojson";
import type { MapController } from "./map-controller";
import { LINE_STYLES, POLYGON_STYLES } from "./editing-draw-styles";
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
  const canvas = controller.map.getCanvas();
  let settle: { resolve: (geometry: LineString | Polygon) => void; reject: (reason: unknown) => void } | null = null;
  const result = new Promise<LineString | Polygon>((resolve, reject) => (settle = { resolve, reject }));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    window.removeEventListener("keydown", onKey);
    draw.stop();
    canvas.style.cursor = "";
    // The click that finished the drawing must not also select a feature.
    setTimeout(resume, 0);
  };
  const cancel = () => {
    stop();
    settle?.reject(new DOMException("Đã hủy vẽ", "AbortError"));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") cancel();
  };
  window.addEventListener("keydown", onKey);
  draw.start();
  draw.setMode(MODE_BY_TYPE[type]);
  draw.on("finish", (id) => {
    const geometry = draw.getSnapshotFeature(id)?.geometry;
    stop();
    if (geometry && (geometry.type === "LineString" || geometry.type === "Polygon")) settle?.resolve(structuredClone(geometry) as LineString | Polygon);
    else settle?.reject(new Error("Hình vẽ không hợp lệ."));
  });
  return {
    result,
    // terra-draw finishes the line or polygon under way on Enter (its default finish key), read on the map canvas.
    finish: () => canvas.dispatchEvent(new KeyboardEvent("keyup", { key: "Enter", bubbles: true })),
    cancel,
  };
}
