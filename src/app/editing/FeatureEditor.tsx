// One feature in the editor: its attribute form (per layer, validated in
// Vietnamese), its shape (reshape on the map, save-time checks shown with
// what to do), delete, and the two-version choice when another tab changed it.

import { useEffect, useMemo, useRef } from "react";
import type { Geometry } from "geojson";
import { LAYER_ATTRIBUTES } from "../../domain/layer-attributes";
import { useFeatureEditor, type FeatureEditorOptions } from "./use-feature-editor";
import { AttributeFieldInput } from "./AttributeFieldInput";
import { EditConflictPanel } from "./EditConflictPanel";
import { areaHectares } from "../../geo/shapes/layer-geometry-checks";
import { featureTitle } from "./feature-title";
import { useEditingOverlay } from "./use-editing-overlay";

interface Props extends FeatureEditorOptions {
  toolActive: boolean;
}

const SHAPE_HELP: Record<string, string> = {
  Point: "Kéo điểm đến vị trí mới rồi bấm “Xong”.",
  LineString: "Kéo các đỉnh; kéo điểm giữa hai đỉnh để thêm đỉnh; giữ ngón tay (hoặc bấm chuột phải) trên một đỉnh để mở menu đỉnh: xóa đỉnh, chèn đỉnh sau. Bấm “Xong” khi xong.",
  Polygon: "Kéo các đỉnh; kéo điểm giữa hai đỉnh để thêm đỉnh; giữ ngón tay (hoặc bấm chuột phải) trên một đỉnh để mở menu đỉnh: xóa đỉnh, chèn đỉnh sau. Bấm “Xong” khi xong.",
};

function shapeSummary(geometry: Geometry): string {
  if (geometry.type === "LineString") return `${geometry.coordinates.length.toLocaleString("vi-VN")} đỉnh`;
  if (geometry.type === "Polygon") return `${(geometry.coordinates[0].length - 1).toLocaleString("vi-VN")} đỉnh`;
  if (geometry.type === "MultiPolygon") return `${geometry.coordinates.length.toLocaleString("vi-VN")} phần`;
  return "";
}

export function FeatureEditor(props: Props) {
  const editor = useFeatureEditor(props);
  const fields = LAYER_ATTRIBUTES[props.layerId];
  const problemOf = (key: string) => editor.attributeProblems.find((problem) => problem.key === key)?.message;
  const hectares = editor.geometry ? areaHectares(editor.geometry) : null;
  const heading = editor.base ? featureTitle(editor.base.properties) : "Đối tượng mới";
  const deleted = props.live?.deletedAt != null;
  const problemSpots = useMemo(() => editor.shapeProblems.flatMap((problem) => ("points" in problem ? problem.points : [])), [editor.shapeProblems]);
  const unsaved = editor.base ? (editor.shapePending ? editor.geometry : null) : editor.geometry;
  const shapeBox = useRef<HTMLDivElement>(null);
  // Braces: Chromium's scrollIntoView returns a promise, which React would take for a cleanup function.
  useEffect(() => {
    shapeBox.current?.scrollIntoView({ block: "nearest" });
  }, [editor.shapeProblems]);
  useEditingOverlay({ selected: deleted ? null : (editor.base?.geometry ?? null), draft: props.toolActive ? null : unsaved, problemSpots });
  return (
    <section className="editing-feature" aria-label="Đối tượng đang biên tập">
      <div className="editing-feature-head">
        <h3>{heading}</h3>
        <button type="button" className="icon-button" aria-label="Đóng" onClick={props.onClose}>
          ×
        </button>
      </div>
      {editor.base && <p className="muted">Phiên bản {editor.base.version} · sửa lần cuối {new Date(editor.base.updatedAt).toLocaleString("vi-VN")}</p>}
      {deleted && <p className="error">Đối tượng này đã bị xóa (có thể ở tab khác). Khôi phục nó trong danh sách “Đã xóa”.</p>}
      {editor.conflict && (
        <EditConflictPanel stored={editor.conflict.stored} attempted={editor.conflict.attempted} busy={editor.busy} onKeepMine={editor.keepMine} onTakeStored={editor.takeStored} />
      )}
      {(editor.shapeProblems.length > 0 || editor.shapePending) && (
        <div ref={shapeBox} className={editor.shapeProblems.length > 0 ? "editing-shape-problems" : "editing-shape-pending"} role={editor.shapeProblems.length > 0 ? "alert" : "status"}>
          <strong>{editor.shapeProblems.length > 0 ? "Hình chưa lưu được:" : "Hình mới chưa lưu."}</strong>
          {editor.shapeProblems.length > 0 && (
            <ul>
              {editor.shapeProblems.map((problem) => (
                <li key={problem.kind}>{problem.message}</li>
              ))}
            </ul>
          )}
          <div className="editing-actions">
            {editor.shapeProblems.some((problem) => problem.kind === "self-intersection") && (
              <button type="button" disabled={props.toolActive || editor.busy} onClick={editor.repairShape}>
                Sửa hình tự động
              </button>
            )}
            {editor.shapePending && editor.shapeProblems.length === 0 && (
              <button type="button" className="primary" disabled={props.toolActive || editor.busy} onClick={editor.saveShape}>
                Lưu hình
              </button>
            )}
            {editor.geometry?.type !== "MultiPolygon" && (
              <button type="button" disabled={props.toolActive || editor.busy} onClick={() => void editor.editShape()}>
                Sửa tiếp hình
              </button>
            )}
            <button type="button" disabled={props.toolActive || editor.busy} onClick={editor.discardShape}>
              {editor.base ? "Bỏ hình này" : "Bỏ đối tượng mới"}
            </button>
          </div>
        </div>
      )}
      {editor.geometry && editor.geometry.type !== "Point" && <p className="muted">{shapeSummary(editor.geometry)}</p>}
      <form
        className="editing-form"
        aria-label="Thuộc tính"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          editor.saveAttributes();
        }}
      >
        {fields.map((field) => (
          <AttributeFieldInput
            key={field.key}
            field={field}
            value={editor.values[field.key]}
            computed={field.kind === "computed" && hectares !== null ? `${hectares.toLocaleString("vi-VN")} ${field.unit}` : undefined}
            problem={problemOf(field.key)}
            onChange={(value) => editor.setValue(field.key, value)}
          />
        ))}
        <div className="editing-actions">
          <button type="submit" className="primary" disabled={editor.busy || deleted || props.toolActive}>
            {editor.base ? "Lưu thuộc tính" : "Lưu đối tượng"}
          </button>
          {editor.base && (
            <button type="button" disabled={editor.busy || deleted || props.toolActive} onClick={() => void editor.editShape()}>
              {editor.geometry?.type === "Point" ? "Di chuyển" : "Sửa hình"}
            </button>
          )}
          <button type="button" className="danger" disabled={editor.busy || deleted || props.toolActive} onClick={editor.remove}>
            {editor.base ? "Xóa" : "Bỏ"}
          </button>
        </div>
      </form>
      {props.toolActive && editor.geometry && <p className="editing-hint">{SHAPE_HELP[editor.geometry.type]}</p>}
      {editor.error && (
        <p className="error" role="alert">
          {editor.error}
        </p>
      )}
      {editor.notice && (
        <p className="editing-notice" role="status">
          {editor.notice}
        </p>
      )}
    </section>
  );
}
