// The selected feature's position in every coordinate system, with copy
// buttons, for the attribute panel: a point's own position, or for a line or
// polygon the place that was clicked.

import type { FeatureSelection } from "../../map/map-controller";
import { CoordinateReadout } from "../ui";

export function CoordinateSelectionDetails({ selection }: { selection: FeatureSelection }) {
  const [lon, lat] = selection.lngLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const title = selection.geometryType === "Point" ? "Tọa độ điểm" : "Tọa độ vị trí đã bấm";
  return (
    <details className="coordinate-selection" open={selection.geometryType === "Point"}>
      <summary>{title}</summary>
      <CoordinateReadout position={{ lon, lat }} title={title} />
    </details>
  );
}
