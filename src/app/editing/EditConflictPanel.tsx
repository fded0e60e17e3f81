// When a save is refused because the feature changed elsewhere (another tab):
// both versions side by side — what is stored now and what the officer tried
// to save — and the choice: keep mine (saved again on the stored version) or
// take the stored one. Never a silent overwrite either way.

import type { WorkspaceFeatureRecord } from "../../domain/workspace";
import { attributeLabel, formatAttributeValue } from "../../domain/attribute-labels";

interface Props {
  stored: WorkspaceFeatureRecord;
  attempted: WorkspaceFeatureRecord;
  busy: boolean;
  onKeepMine: () => void;
  onTakeStored: () => void;
}

function vertexCount(record: WorkspaceFeatureRecord): number {
  return JSON.stringify(record.geometry).split("],[").length;
}

export function EditConflictPanel({ stored, attempted, busy, onKeepMine, onTakeStored }: Props) {
  const keys = [...new Set([...Object.keys(stored.properties), ...Object.keys(attempted.properties)])].filter(
    (key) => key !== "id" && JSON.stringify(stored.properties[key]) !== JSON.stringify(attempted.properties[key]),
  );
  const geometryDiffers = JSON.stringify(stored.geometry) !== JSON.stringify(attempted.geometry);
  return (
    <section className="editing-conflict" role="alertdialog" aria-label="Xung đột khi lưu">
      <p>
        <strong>Đối tượng này vừa được sửa ở nơi khác</strong> (tab hoặc thiết bị khác, phiên bản {stored.version}) sau khi bạn mở để sửa. Chưa lưu gì: hãy chọn giữ bản nào.
      </p>
      <table className="editing-conflict-table">
        <thead>
          <tr>
            <th scope="col">Trường</th>
            <th scope="col">Bản đã lưu</th>
            <th scope="col">Bản của bạn</th>
          </tr>
        </thead>
        <tbody>
          {geometryDiffers && (
            <tr>
              <th scope="row">Hình</th>
              <td>{`${stored.geometry.type === "Point" ? "vị trí" : `${vertexCount(stored)} đỉnh`} (khác)`}</td>
              <td>{`${attempted.geometry.type === "Point" ? "vị trí" : `${vertexCount(attempted)} đỉnh`} (của bạn)`}</td>
            </tr>
          )}
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{attributeLabel(key)}</th>
              <td>{formatAttributeValue(key, stored.properties[key])}</td>
              <td>{formatAttributeValue(key, attempted.properties[key])}</td>
            </tr>
          ))}
          {stored.deletedAt !== null && (
            <tr>
              <th scope="row">Trạng thái</th>
              <td>Đã xóa</td>
              <td>Còn</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="editing-actions">
        <button type="button" disabled={busy} onClick={onKeepMine}>
          Giữ bản của tôi
        </button>
        <button type="button" disabled={busy} onClick={onTakeStored}>
          Lấy bản đã lưu
        </button>
      </div>
    </section>
  );
}
