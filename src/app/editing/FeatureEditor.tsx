// One feature in the editor: its attribute form (per layer, validated in
// Vietnamese), its shape (reshape on the map, save-time checks shown with
// what to do), delete, and the two-version choice when another tab changed it.

import { LAYER_ATTRIBUTES } from "../../domain/layer-attributes";
import { useFeatureEditor, type FeatureEditorOptions } from "./use-feature-editor";
import { AttributeFieldInput } from "./AttributeFieldInput";
import { EditConflictPanel } from "./EditConflictPanel";
import { areaHectares } from "./geometry-save-check";
import { featureTitle } from "./feature-title";

interface Props extends FeatureEditorOptions {
  toolActive: boolean;
}

const SHAPE_HELP: Record<string, string> = {
  Point: "Kéo điểm đến vị trí mới rồi bấm “Xong”.",
  LineString: "Kéo các đỉnh; kéo điểm giữa hai đỉnh để thêm đỉnh; bấm chuột phải vào đỉnh để xóa đỉnh. Bấm “Xong” khi xong.",
  Polygon: "Kéo các đỉnh; kéo điểm giữa hai đỉnh để thêm đỉnh; bấm chuột phải vào đỉnh để xóa đỉnh. Bấm “Xong” khi xong.",
};

export function FeatureEditor(props: Props) {
  const editor = useFeatureEditor(props);
  const fields = LAYER_ATTRIBUTES[props.layerId];
  const problemOf = (key: string) => editor.attributeProblems.find((problem) => problem.key === key)?.message;
  const hectares = editor.geometry ? areaHectares(editor.geometry) : null;
  const heading = editor.base ? featureTitle(editor.base.properties) : "Đối tượng mới";
  const deleted = props.live?.deletedAt != null;
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
      {editor.shapeProblems.length > 0 && (
        <div className="editing-shape-problems" role="alert">
          <strong>Hình chưa lưu được:</strong>
          <ul>
            {editor.shapeProblems.map((problem) => (
              <li key={problem.kind}>{problem.message}</li>
            ))}
          </ul>
          <div className="editing-actions">
            <button type="button" disabled={props.toolActive} onClick={() => void editor.editShape()}>
              Sửa tiếp hình
            </button>
            <button type="button" onClick={editor.discardShape}>
              {editor.base ? "Bỏ hình này" : "Bỏ đối tượng mới"}
            </button>
          </div>
        </div>
      )}
      {editor.geometry?.type !== "Point" && editor.geometry && (
        <p className="muted">{editor.geometry.type === "Polygon" ? `${editor.geometry.coordinates[0].length - 1} đỉnh` : editor.geometry.type === "LineString" ? `${editor.geometry.coordinates.length} đỉnh` : ""}</p>
      )}
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
