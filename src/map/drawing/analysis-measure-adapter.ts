// The measure tool's only contact with MapLibre: while active, map clicks add
// vertices, the pointer position is the live next vertex, a double click (or
// `finish`) ends the drawing; selection by click is suspended meanwhile. The
// drawing is rendered as the `analysis-measure` source, one setData per
// animation frame at most (ENGINEERING.md §3).

import type { MapMouseEvent } from "maplibre-gl";
import type { Feature, FeatureCollection, Position } from "geojson";
import { analysisLayerStyles } from "../styles/analysis-layer-styles";
import type { MapController } from "../map-controller";

export type MeasureShape = "line" | "polygon";

export interface MeasureDrawing {
  vertices: Position[];
  /** The pointer position while drawing (the vertex the next click would add). */
  pointer: Position | null;
  drawing: boolean;
}

const SOURCE_ID = "analysis-measure";

function drawingFeatures(shape: MeasureShape, { vertices, pointer, drawing }: MeasureDrawing): FeatureCollection {
  const path = drawing && pointer ? [...vertices, pointer] : vertices;
  const features: Feature[] = path.map((coordinates) => ({ type: "Feature", properties: { kind: "measure" }, geometry: { type: "Point", coordinates } }));
  if (shape === "polygon" && path.length >= 3) {
    features.push({ type: "Feature", properties: { kind: "measure" }, geometry: { type: "Polygon", coordinates: [[...path, path[0]]] } });
  } else if (path.length >= 2) {
    features.push({ type: "Feature", properties: { kind: "measure" }, geometry: { type: "LineString", coordinates: path } });
  }
  return { type: "FeatureCollection", features };
}

export class MeasureAdapter {
  private drawing: MeasureDrawing = { vertices: [], pointer: null, drawing: false };
  private resumeSelection: (() => void) | null = null;
  private frame = 0;
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly controller: MapController,
    private readonly shape: MeasureShape,
    private readonly onChange: (drawing: MeasureDrawing) => void,
  ) {}

  start(): void {
    const { map } = this.controller;
    this.resumeSelection = this.controller.suspendSelection();
    this.drawing = { vertices: [], pointer: null, drawing: true };
    map.doubleClickZoom.disable();
    map.getCanvas().style.cursor = "crosshair";
    const click = (event: MapMouseEvent) => this.update({ vertices: [...this.drawing.vertices, [event.lngLat.lng, event.lngLat.lat]] });
    const move = (event: MapMouseEvent) => this.drawing.drawing && this.update({ pointer: [event.lngLat.lng, event.lngLat.lat] });
    const doubleClick = (event: MapMouseEvent) => {
      event.preventDefault();
      this.finish();
    };
    map.on("click", click);
    map.on("mousemove", move);
    map.on("dblclick", doubleClick);
    this.detach.push(() => map.off("click", click), () => map.off("mousemove", move), () => map.off("dblclick", doubleClick));
    this.update({});
  }

  /** Stops adding vertices; the measured shape stays on the map. */
  finish(): void {
    const { map } = this.controller;
    for (const off of this.detach.splice(0)) off();
    this.resumeSelection?.();
    this.resumeSelection = null;
    map.getCanvas().style.cursor = "";
    // Re-enable after the double click's own zoom handling has passed.
    setTimeout(() => map.doubleClickZoom.enable(), 0);
    this.update({ drawing: false, pointer: null });
  }

  /** Ends the tool and removes its drawing from the map. */
  destroy(): void {
    if (this.drawing.drawing) this.finish();
    cancelAnimationFrame(this.frame);
    void this.controller.removeLayer(SOURCE_ID);
  }

  private update(change: Partial<MeasureDrawing>): void {
    this.drawing = { ...this.drawing, ...change };
    this.onChange(this.drawing);
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      void this.controller.setLayer(SOURCE_ID, drawingFeatures(this.shape, this.drawing), analysisLayerStyles(SOURCE_ID));
    });
  }
}
