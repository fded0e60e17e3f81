// The one geometry tool of the editor on the map at a time: placing a point
// (a click, snapped), drawing a new line or polygon, or reshaping a stored
// feature. Each resolves with the geometry on "Xong" and with null on "Hủy";
// nothing is saved here. Leaving the editor cancels the tool. While reshaping,
// a vertex held (finger) or right-clicked (mouse) opens the vertex menu.
// The drills ("Diễn tập") draw through this same session.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Point } from "geojson";
import { drawNewGeometry, type GeometrySession } from "../../map/drawing/draw-new-geometry";
import { reshapeGeometry, type EditableGeometry, type ReshapeSession, type VertexMenuRequest } from "../../map/drawing/edit-geometry";
import type { SnapPosition } from "../../map/drawing/terra-draw-snapping";
import { useMapController } from "../workspace";

export type GeometryToolKind = "placing" | "drawing" | "reshaping";

interface ActiveTool {
  kind: GeometryToolKind;
  geometryType: EditableGeometry["type"];
  finish(): void;
  cancel(): void;
  /** Placing only: put the point here instead of at a click ("Lấy vị trí hiện tại"). */
  placeAt?(lngLat: [number, number]): void;
  /** Reshaping a line or polygon only: the vertex menu's actions. */
  vertices?: Pick<ReshapeSession, "deleteVertex" | "insertVertexAfter">;
}

const isAbort = (reason: unknown) => reason instanceof DOMException && reason.name === "AbortError";

function snapPoint(point: Point, snap: SnapPosition | null): Point {
  const snapped = snap?.(point.coordinates);
  return snapped ? { type: "Point", coordinates: [snapped[0], snapped[1]] } : point;
}

export function useGeometrySession() {
  const controller = useMapController();
  const [tool, setTool] = useState<ActiveTool | null>(null);
  const toolRef = useRef<ActiveTool | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [vertexMenu, setVertexMenu] = useState<VertexMenuRequest | null>(null);

  useEffect(() => () => toolRef.current?.cancel(), []);

  const run = useCallback(async <G extends EditableGeometry>(kind: GeometryToolKind, geometryType: G["type"], session: GeometrySession<G>, extra: Pick<ActiveTool, "placeAt" | "vertices"> = {}): Promise<G | null> => {
    toolRef.current?.cancel();
    const active: ActiveTool = { kind, geometryType, finish: session.finish, cancel: session.cancel, ...extra };
    toolRef.current = active;
    setTool(active);
    setError(null);
    try {
      return await session.result;
    } catch (reason) {
      if (!isAbort(reason)) setError(reason instanceof Error ? reason.message : "Không vẽ được hình này.");
      return null;
    } finally {
      if (toolRef.current === active) {
        toolRef.current = null;
        setTool(null);
        setVertexMenu(null);
      }
    }
  }, []);

  const placePoint = useCallback(
    (snap: SnapPosition | null) => {
      if (!controller) return Promise.resolve(null);
      const abort = new AbortController();
      let placeAt: (lngLat: [number, number]) => void = () => undefined;
      const fromDevice = new Promise<[number, number]>((resolve) => (placeAt = resolve));
      // The device position is kept as measured: snapping would move it off where the officer stands.
      const picked = Promise.race([
        controller.pickLocation(abort.signal).then((lngLat) => snapPoint({ type: "Point", coordinates: lngLat }, snap)),
        fromDevice.then((lngLat): Point => {
          abort.abort();
          return { type: "Point", coordinates: lngLat };
        }),
      ]);
      // Escape cancels, as it does a drawing (terra-draw-session.ts).
      const onKey = (event: KeyboardEvent) => event.key === "Escape" && abort.abort();
      window.addEventListener("keydown", onKey);
      void picked.catch(() => undefined).finally(() => window.removeEventListener("keydown", onKey));
      // A point is placed by its click: "Xong" has nothing to finish.
      return run<Point>("placing", "Point", { result: picked, finish: () => undefined, cancel: () => abort.abort() }, { placeAt });
    },
    [controller, run],
  );

  const drawNew = useCallback(
    (type: "LineString" | "Polygon", snap: SnapPosition | null) => (controller ? run("drawing", type, drawNewGeometry(controller, type, snap)) : Promise.resolve(null)),
    [controller, run],
  );

  const reshape = useCallback(
    async (geometry: EditableGeometry, snap: SnapPosition | null): Promise<EditableGeometry | null> => {
      if (!controller) return null;
      const session = reshapeGeometry(controller, geometry, snap);
      session.onVertexMenu(setVertexMenu);
      const result = await run("reshaping", geometry.type, session, { vertices: session });
      return result?.type === "Point" ? snapPoint(result, snap) : result;
    },
    [controller, run],
  );

  return {
    tool,
    error,
    placePoint,
    drawNew,
    reshape,
    finish: () => toolRef.current?.finish(),
    cancel: () => toolRef.current?.cancel(),
    placeAt: (lngLat: [number, number]) => toolRef.current?.placeAt?.(lngLat),
    vertexMenu,
    closeVertexMenu: () => setVertexMenu(null),
    deleteVertex: (vertex: number) => {
      setVertexMenu(null);
      toolRef.current?.vertices?.deleteVertex(vertex);
    },
    insertVertexAfter: (vertex: number) => {
      setVertexMenu(null);
      toolRef.current?.vertices?.insertVertexAfter(vertex);
    },
  };
}
