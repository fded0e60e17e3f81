// Reshaping one stored feature in the layer editor with terra-draw's select
// mode: a point is dragged; a line or polygon has draggable vertices (snapped
// when the layer snaps), midpoints that insert a vertex when dragged, and a
// right-click (long press) on a vertex deletes it. Nothing is saved here: the
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

export type EditableGeometry = Point | LineString | Polygon;

const MODE_BY_TYPE = { Point: "point", LineString: "linestring", Polygon: "polygon" } as const;
/** terra-draw refuses coordinates with more decimals than its precision (9 by default: ~0.1 mm). */
const PRECISION = 1e9;

const rounded = (position: Position): Position => [Math.round(position[0] * PRECISION) / PRECISION, Math.round(position[1] * PRECISION) / PRECISION];

function roundedGeometry(geometry: EditableGeometry): EditableGeometry {
  if (geometry.type === "Point") return { type: "Point", coordinates: rounded(geometry.coordinates) };
  if (geometry.type === "LineString") return { type: "LineString", coordinates: geometry.coordinates.map(rounded) };
  return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(rounded)) };
}

export interface ReshapeSession extends GeometrySession<EditableGeometry> {
  /** Called after every change of the shape (a drag ended, a vertex inserted or deleted). */
  onChange(listener: (geometry: EditableGeometry) => void): void;
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
          linestring: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true, snappable } } },
          polygon: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true, snappable } } },
        },
      }),
    ],
  });
  draw.start();
  const id = crypto.randomUUID();
  const [validation] = draw.addFeatures([{ id, type: "Feature", geometry: roundedGeometry(geometry), properties: { mode } } as GeoJSONStoreFeatures]);
  const current = (): EditableGeometry => structuredClone(draw.getSnapshotFeature(id)?.geometry ?? geometry) as EditableGeometry;
  const listeners = new Set<(geometry: EditableGeometry) => void>();
  const session = startDrawSession<EditableGeometry>(draw, controller.map.getCanvas(), resume, "Đã hủy sửa hình");
  if (!validation?.valid) {
    session.stop();
    session.reject(new Error("Không mở được hình này để sửa trên bản đồ (hình có lỗ, nhiều phần hoặc tọa độ không hợp lệ)."));
  } else {
    draw.setMode("select");
    draw.selectFeature(id);
    draw.on("change", (ids, type) => {
      if (type === "update" && ids.includes(id)) for (const listener of listeners) listener(current());
    });
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
    onChange: (listener) => void listeners.add(listener),
  };
}
