// Reshaping one stored feature in the layer editor with terra-draw's select
// mode: a point is dragged; a line or polygon has draggable vertices (snapped
// when the layer snaps) and midpoints that insert a vertex when dragged; a
// long press (finger) or right-click (mouse) on a vertex asks for the vertex
// menu (delete it, insert one after it), which the editor shows and answers
// through `deleteVertex` / `insertVertexAfter`. Nothing is saved here: the
// session hands back the new geometry on "Xong" and the editor checks and
// saves it; "Hủy" or Escape drops the change. Feature selection is suspended
// while reshaping so clicks on the layers underneath do not open panels.

import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { LineString, Point, Polygon, Position } from "geojson";
import type { MapController } from "../map-controller";
import { LINE_STYLES, POINT_STYLES, POLYGON_STYLES, SELECT_STYLES } from "../styles/editing-draw-styles";
import type { GeometrySession } from "./draw-new-geometry";
import { terraDrawSnapping, type SnapPosition } from "./terra-draw-snapping";
import { startDrawSession } from "./terra-draw-session";
import { canDeleteVertex, canInsertAfter, deleteVertex, insertVertexAfter, nearestVertex, vertexPosition, type VertexIndex, type VertexShape } from "../../geo/shapes/vertex-edits";
import { onMapLongPress } from "./map-long-press";

export type EditableGeometry = Point | LineString | Polygon;

const MODE_BY_TYPE = { Point: "point", LineString: "linestring", Polygon: "polygon" } as const;
/** terra-draw refuses coordinates with more decimals than its precision (9 by default: ~0.1 mm). */
const PRECISION = 1e9;
/** How far from a vertex a long press still means that vertex: a fingertip (a 44 px target) or a mouse. */
const VERTEX_REACH_PX = { touch: 22, mouse: 10 };

const rounded = (position: Position): Position => [Math.round(position[0] * PRECISION) / PRECISION, Math.round(position[1] * PRECISION) / PRECISION];

function roundedGeometry(geometry: EditableGeometry): EditableGeometry {
  if (geometry.type === "Point") return { type: "Point", coordinates: rounded(geometry.coordinates) };
  if (geometry.type === "LineString") return { type: "LineString", coordinates: geometry.coordinates.map(rounded) };
  return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(rounded)) };
}

/** A long press or right-click on a vertex of the line or polygon under edit. */
export interface VertexMenuRequest {
  vertex: VertexIndex;
  /** Where it was pressed, in the page's viewport pixels. */
  client: { x: number; y: number };
  /** Where the vertex itself is, in the page's viewport pixels (marked while the menu is open). */
  vertexClient: { x: number; y: number };
  canDelete: boolean;
  canInsertAfter: boolean;
}

export interface ReshapeSession extends GeometrySession<EditableGeometry> {
  /** A vertex was held (or right-clicked): show its menu; null when a new press elsewhere closes it. */
  onVertexMenu(listener: (request: VertexMenuRequest | null) => void): void;
  deleteVertex(vertex: VertexIndex): void;
  insertVertexAfter(vertex: VertexIndex): void;
}

export function reshapeGeometry(controller: MapController, geometry: EditableGeometry, snap: SnapPosition | null): ReshapeSession {
  const mode = MODE_BY_TYPE[geometry.type];
  const snappable = terraDrawSnapping(snap) ?? false;
  const resume = controller.suspendSelection();
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map: controller.map, prefixId: "editor-reshape" }),
    modes: [
      new TerraDrawPointMode({ styles: POINT_STYLES }),
      new TerraDrawLineStringMode({ styles: LINE_STYLES }),
      new TerraDrawPolygonMode({ styles: POLYGON_STYLES }),
      new TerraDrawSelectMode({
        styles: SELECT_STYLES,
        allowManualDeselection: false,
        // The editor's own buttons delete features; Delete must not remove the shape under edit.
        keyEvents: null,
        flags: {
          point: { feature: { draggable: true } },
          // A right-click opens the vertex menu (below) instead of deleting at once.
          linestring: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: false, snappable } } },
          polygon: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: false, snappable } } },
        },
      }),
    ],
  });
  draw.start();
  const id = crypto.randomUUID();
  const [validation] = draw.addFeatures([{ id, type: "Feature", geometry: roundedGeometry(geometry), properties: { mode } } as GeoJSONStoreFeatures]);
  const current = (): EditableGeometry => structuredClone(draw.getSnapshotFeature(id)?.geometry ?? geometry) as EditableGeometry;
  const menuListeners = new Set<(request: VertexMenuRequest | null) => void>();
  const vertexShape = (): VertexShape | null => {
    const shape = current();
    return shape.type === "Point" ? null : shape;
  };
  // A new press, or the map moving away from the marked vertex, closes the menu.
  const closeMenu = () => menuListeners.forEach((listener) => listener(null));
  const canvas = controller.map.getCanvas();
  canvas.addEventListener("pointerdown", closeMenu);
  controller.map.on("movestart", closeMenu);
  const toScreen = (position: Position) => controller.map.project(position as [number, number]);
  const stopLongPress = onMapLongPress(controller.map, ({ point, client, touch }) => {
    const shape = vertexShape();
    const vertex = shape && nearestVertex(shape, point, VERTEX_REACH_PX[touch ? "touch" : "mouse"], toScreen);
    if (shape === null || vertex === null) return;
    const onScreen = toScreen(vertexPosition(shape, vertex));
    const vertexClient = { x: client.x - point.x + onScreen.x, y: client.y - point.y + onScreen.y };
    const request: VertexMenuRequest = { vertex, client, vertexClient, canDelete: canDeleteVertex(shape), canInsertAfter: canInsertAfter(shape, vertex) };
    for (const listener of menuListeners) listener(request);
  });
  const detach = () => {
    canvas.removeEventListener("pointerdown", closeMenu);
    controller.map.off("movestart", closeMenu);
    stopLongPress();
    resume();
  };
  const editVertex = (edit: (shape: VertexShape, vertex: VertexIndex) => VertexShape, vertex: VertexIndex) => {
    const shape = vertexShape();
    if (shape && !session.stopped()) draw.updateFeatureGeometry(id, roundedGeometry(edit(shape, vertex)));
  };
  const session = startDrawSession<EditableGeometry>(draw, canvas, detach, "Đã hủy sửa hình");
  if (!validation?.valid) {
    session.stop();
    session.reject(new Error("Không mở được hình này để sửa trên bản đồ (hình có lỗ, nhiều phần hoặc tọa độ không hợp lệ)."));
  } else {
    draw.setMode("select");
    draw.selectFeature(id);
  }
  return {
    result: session.result,
    finish: () => {
      if (session.stopped()) return;
      const geometry = current();
      session.stop();
      session.resolve(geometry);
    },
    cancel: session.cancel,
    onVertexMenu: (listener) => void menuListeners.add(listener),
    deleteVertex: (vertex) => editVertex(deleteVertex, vertex),
    insertVertexAfter: (vertex) => editVertex(insertVertexAfter, vertex),
  };
}
