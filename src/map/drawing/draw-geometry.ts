// Drawing one geometry on the map with terra-draw (its MapLibre adapter):
// a point, a line (click each vertex, click the last one again or press Enter
// to finish) or a polygon (close on the first vertex or press Enter). Feature
// selection is suspended while drawing, so clicks place vertices instead of
// opening attribute panels. Escape or the abort signal cancels.

import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { LineString, Point, Polygon } from "geojson";
import type { MapController } from "../map-controller";

export type DrawnGeometry = Point | LineString | Polygon;

const MODE_BY_TYPE: Record<DrawnGeometry["type"], string> = { Point: "point", LineString: "linestring", Polygon: "polygon" };

export async function drawGeometry(controller: MapController, type: DrawnGeometry["type"], signal?: AbortSignal): Promise<DrawnGeometry> {
  await controller.whenLoaded();
  const resume = controller.suspendSelection();
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map: controller.map, prefixId: "drill-draw" }),
    modes: [
      new TerraDrawPointMode({ styles: { pointColor: "#ea580c", pointWidth: 7, pointOutlineColor: "#ffffff", pointOutlineWidth: 2 } }),
      new TerraDrawLineStringMode({ styles: { lineStringColor: "#ea580c", lineStringWidth: 4 } }),
      new TerraDrawPolygonMode({ styles: { fillColor: "#16a34a", fillOpacity: 0.3, outlineColor: "#15803d", outlineWidth: 2 } }),
    ],
  });
  draw.start();
  draw.setMode(MODE_BY_TYPE[type]);
  const canvas = controller.map.getCanvas();
  const previousCursor = canvas.style.cursor;
  let onKey: ((event: KeyboardEvent) => void) | null = null;
  try {
    return await new Promise<DrawnGeometry>((resolve, reject) => {
      const cancel = () => reject(new DOMException("Đã hủy vẽ", "AbortError"));
      if (signal?.aborted) return cancel();
      signal?.addEventListener("abort", cancel, { once: true });
      onKey = (event: KeyboardEvent) => {
        if (event.key === "Escape") cancel();
      };
      window.addEventListener("keydown", onKey);
      draw.on("finish", (id) => {
        const geometry = draw.getSnapshotFeature(id)?.geometry;
        if (geometry && (geometry.type === "Point" || geometry.type === "LineString" || geometry.type === "Polygon")) resolve(structuredClone(geometry) as DrawnGeometry);
        else reject(new Error("Hình vẽ không hợp lệ"));
      });
    });
  } finally {
    if (onKey) window.removeEventListener("keydown", onKey);
    draw.stop();
    canvas.style.cursor = previousCursor;
    // The click that finished the drawing must not also select a feature.
    setTimeout(resume, 0);
  }
}
