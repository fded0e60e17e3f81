// The phone's floating "Thêm vụ việc" over the map, bottom-right above the
// sheet where a thumb rests (CSS shows it on a phone only). It is there only
// while the sheet is down (a sheet pulled up covers the map's buttons, and the
// tab's own "Thêm vụ việc" is at hand then) and steps aside while the map's
// taps place or draw (another tool is on the map).

import { useEffect, useState } from "react";
import type { MapController } from "../../map/map-controller";
import { MapOverlayPortal, useSidePanelControl } from "../ui";

export function AddIncidentMapButton({ controller, onAdd }: { controller: MapController | null; onAdd: () => void }) {
  const [mapTakesTaps, setMapTakesTaps] = useState(false);
  useEffect(() => controller?.onTapModeChange(setMapTakesTaps), [controller]);
  const sheetDown = useSidePanelControl().sheet === "peek";
  if (mapTakesTaps || !sheetDown) return null;
  return (
    <MapOverlayPortal>
      <button type="button" className="add-incident-map-button" onClick={onAdd}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M12 4v16M4 12h16" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
        Thêm vụ việc
      </button>
    </MapOverlayPortal>
  );
}
