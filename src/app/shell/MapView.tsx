// Hosts the MapLibre map: adopts the map started before React
// (map-first-start.ts) or creates the MapController once, shares it by
// context with the panels rendered beside the map (children), and accepts
// files dropped onto the map for import. Buttons floating over the map
// (e.g. "Vị trí của tôi") go into `.map-overlay-controls` (bottom-right, above
// the phone's bottom sheet); a feature anywhere below puts its own there with
// `MapOverlayPortal` (ui/map-overlay).

import { useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";
import type { LngLatBoundsLike } from "maplibre-gl";
import { MapController } from "../../map/map-controller";
import { MapControllerContext } from "../workspace";
import { MyLocationControl } from "../location";
import { createMapContainer, startedMap } from "./map-first-start";
import { MapOverlayContext } from "../ui/map-overlay";

interface Props {
  initialBounds: LngLatBoundsLike;
  onFilesDropped: (files: File[]) => void;
  children?: ReactNode;
}

export function MapView({ initialBounds, onFilesDropped, children }: Props) {
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [dragging, setDragging] = useState(false);
  const [overlayColumn, setOverlayColumn] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    const mapArea = mapAreaRef.current;
    if (!mapArea) return;
    const early = startedMap();
    if (early) {
      // The early map lives as long as the page: moved, never destroyed (StrictMode mounts twice).
      // MapLibre follows its container's new size itself (it observes the container's resizing).
      early.container.classList.remove("map-early");
      mapArea.prepend(early.container);
      setController(early.controller);
      return;
    }
    const container = createMapContainer();
    mapArea.prepend(container);
    const created = new MapController(container, initialBounds);
    setController(created);
    return () => {
      created.destroy();
      container.remove();
    };
    // The initial bounds only matter for the first view; later changes must not rebuild the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function handleDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFilesDropped(files);
  }

  return (
    <MapControllerContext.Provider value={controller}>
      <MapOverlayContext.Provider value={overlayColumn}>
      <div className="app-layout">
      {children}
      <div
        ref={mapAreaRef}
        className={`map-area${dragging ? " map-area-dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        {/* Buttons over the map (e.g. "Vị trí của tôi") go in here: bottom-right, above the phone's sheet (screen-layouts.css). */}
        <div ref={setOverlayColumn} className="map-overlay-controls">
          <MyLocationControl />
        </div>
        {dragging && <div className="drop-hint">Thả tệp GeoJSON vào đây để nhập dữ liệu</div>}
      </div>
      </div>
      </MapOverlayContext.Provider>
    </MapControllerContext.Provider>
  );
}
