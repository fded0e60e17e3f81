// Shown while a geometry tool is on the map: what to do, and "Xong" / "Hủy"
// (floating over the map on a phone: `.map-tool-actions`). The editor's and
// the drills' drawing share it.

import type { GeometryToolKind } from "./use-geometry-session";
import { TakePositionButton } from "../location";
import "./editing.css";

const HELP: Record<GeometryToolKind, Record<string, string>> = {
  placing: { Point: "Bấm vào bản đồ để đặt điểm." },
  drawing: {
    LineString: "Bấm từng điểm của đường trên bản đồ (ít nhất 2 điểm), rồi bấm “Xong”.",
    Polygon: "Bấm từng đỉnh của vùng trên bản đồ (ít nhất 3 đỉnh), rồi bấm “Xong” hoặc bấm lại đỉnh đầu.",
  },
  reshaping: {
    Point: "Kéo điểm đến vị trí mới rồi bấm “Xong”.",
    LineString: "Kéo đỉnh để sửa; kéo điểm giữa để thêm đỉnh; giữ ngón tay (hoặc bấm chuột phải) trên một đỉnh để xóa đỉnh hoặc chèn đỉnh.",
    Polygon: "Kéo đỉnh để sửa; kéo điểm giữa để thêm đỉnh; giữ ngón tay (hoặc bấm chuột phải) trên một đỉnh để xóa đỉnh hoặc chèn đỉnh.",
  },
};

interface Props {
  /** What is being drawn, said before the help (e.g. "Đang vẽ tuyến cơ động"). */
  subject?: string;
  kind: GeometryToolKind;
  geometryType: string;
  snapping: string | null;
  onFinish: () => void;
  onCancel: () => void;
  /** Placing a point: put it at the device position instead (needed only when placing). */
  onPlaceAt?: (lngLat: [number, number]) => void;
}

export function GeometryToolBar({ subject, kind, geometryType, snapping, onFinish, onCancel, onPlaceAt }: Props) {
  return (
    <div className="editing-tool-bar map-tool-actions" role="status" aria-label="Công cụ vẽ">
      <p>
        {subject && `${subject}: `}
        {HELP[kind][geometryType] ?? ""}
        {snapping && <span className="muted"> ({snapping})</span>}
      </p>
      <div className="editing-actions">
        {kind !== "placing" && (
          <button type="button" className="primary" onClick={onFinish}>
            Xong
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
      {kind === "placing" && onPlaceAt && <TakePositionButton onTake={(fix) => onPlaceAt([fix.lon, fix.lat])} />}
    </div>
  );
}
