// The selected feature's position in every coordinate system, with copy
// buttons, for the attribute panel: a point's own position, or for a line or
// polygon the place that was clicked.

import { lazy, Suspense } from "react";
import type { FeatureSelection } from "../../map/map-controller";

// The read-out brings proj4 (VN-2000) and MGRS: loaded on the first selection, not with the shell.
// From its own module: the ui index is in the shell already, so importing it lazily would split nothing.
const CoordinateReadout = lazy(() => import("../ui/CoordinateReadout").then((module) => ({ default: module.CoordinateReadout })));

export function CoordinateSelectionDetails({ selection }: { selection: FeatureSelection }) {
  const [lon, lat] = selection.lngLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const title = selection.geometryType === "Point" ? "Tọa độ điểm" : "Tọa độ vị trí đã bấm";
  return (
    <details className="coordinate-selection" open={selection.geometryType === "Point"}>
      <summary>{title}</summary>
      <Suspense fallback={<p className="muted">Đang tải…</p>}>
        <CoordinateReadout position={{ lon, lat }} title={title} />
      </Suspense>
    </details>
  );
}
