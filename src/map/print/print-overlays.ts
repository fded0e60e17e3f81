// The working overlays a printed sheet leaves off: analysis results and the
// measuring tool ("analysis-…"), the editor's outline, the offline download
// area, the device's own position, the sync overlay and the border register's
// overdue rings and patrol tracks. They belong to the screen, not to the
// drill plan on paper, and the legend does not explain them.

import { DOWNLOAD_AREA_SOURCE_ID } from "../basemap/basemap-source-download-area";
import type { MapController } from "../map-controller";
import { DEVICE_POSITION_SOURCE_ID } from "../styles/device-position-styles";
import { LIVE_TRACK_SOURCE_ID, OVERDUE_MARKER_SOURCE_ID, PATROL_TRACK_SOURCE_ID } from "../styles/drill-border-overlay-styles";
import { EDITING_OVERLAY_SOURCE } from "../styles/editing-overlay-styles";
import { SYNC_OVERLAY_SOURCE_ID } from "../styles/sync-overlay-styles";

const SCREEN_ONLY_SOURCES = new Set([
  DOWNLOAD_AREA_SOURCE_ID,
  DEVICE_POSITION_SOURCE_ID,
  EDITING_OVERLAY_SOURCE,
  LIVE_TRACK_SOURCE_ID,
  OVERDUE_MARKER_SOURCE_ID,
  PATROL_TRACK_SOURCE_ID,
  SYNC_OVERLAY_SOURCE_ID,
]);

/** The screen-only overlays on the map now, to hide while the sheet is captured. */
export function screenOnlySources(controller: MapController): string[] {
  return controller.sourceIds().filter((id) => id.startsWith("analysis-") || SCREEN_ONLY_SOURCES.has(id));
}
