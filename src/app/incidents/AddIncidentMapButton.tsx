// The phone's floating "Thêm vụ việc" over the map, bottom-right above the
// sheet where a thumb rests (CSS shows it on a phone only). It steps aside while
// the map's taps place or draw (another tool is on the map).

import { useEffect, useState } from "react";
import type { MapController } from "../../map/map-controller";
import { MapOverlayPortal } from "../ui";

export function AddIncidentMapButton({ controller, onAdd }: { controller: MapController | null; onAdd: () => void }) {
  const [mapTakesTaps, setMapTakesTaps] = useState(false);
  useEffect(() => controller?.onTapModeChange(setMapTakesTaps), [controller]);
  if (mapTakesTaps) return null;
  return (
    <MapOverlayPortal>
      <button type="button" className="add-incident-map-button" onClick={onAdd}>
        <span aria-hidden="true">＋</span> Thêm vụ việc
      </button>
    </MapOverlayPortal>
  );
}
