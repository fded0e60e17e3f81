// Hosts the MapLibre map: creates the MapController once, shares it by
// context with the panels rendered beside the map (children), and accepts
// files dropped onto the map for import.

import { useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";
import type { LngLatBoundsLike } from "maplibre-gl";
import { MapController } from "../../map/map-controller";
import { MapControllerContext } from "../workspace";
import { MyLocationControl } from "../location";

interface Props {
  initialBounds: LngLatBoundsLike;
  onFilesDropped: (files: File[]) => void;
  children?: ReactNode;
}

export function MapView({ initialBounds, onFilesDropped, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!containerRef.current) return;
    const created = new MapController(containerRef.current, initialBounds);
    setController(created);
    return () => created.destroy();
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
      <div className="app-layout">
      {children}
      <div
        className={`map-area${dragging ? " map-area-dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        <div ref={containerRef} className="map" data-testid="map" />
        {dragging && <div className="drop-hint">Thả tệp GeoJSON vào đây để nhập dữ liệu</div>}
        <MyLocationControl />
      </div>
      </div>
    </MapControllerContext.Provider>
  );
}
