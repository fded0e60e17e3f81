// One sync conflict, both versions side by side (the same table and styles as
// the local two-tab conflicts, ui/EditConflictPanel): every field that differs,
// the server's value and this device's, a choice per field, both geometries
// on the map. "Giữ bản máy chủ", "Giữ bản của tôi", or "Gộp theo lựa chọn";
// the result is sent on the server's version (If-Match).

import { useMemo, useState } from "react";
import type { Feature } from "geojson";
import { formatAttributeValue } from "../../domain/attribute-labels";
import { syncFieldLabel } from "./sync-field-labels";
import type { SyncConflictRecord } from "../../store/sync/sync-conflicts.repository";
import { conflictFields } from "../../store/sync/sync-conflicts.repository";
import type { ConflictChoice } from "../../store/sync/conflict-resolution";
import { useSyncMapOverlay } from "./use-sync-map-overlay";

const ENTITY_LABELS: Record<string, string> = {
  incident: "Vụ việc",
  "workspace-feature": "Đối tượng bản đồ",
  drill: "Kế hoạch diễn tập",
  "marker-inspection": "Kiểm tra cột mốc",
  patrol: "Tuần tra",
};

export function conflictTitle(conflict: SyncConflictRecord): string {
  const properties = (conflict.local ?? conflict.server)?.properties ?? {};
  const name = properties.title ?? properties.name ?? properties.label ?? conflict.serverId.slice(0, 8);
  return `${ENTITY_LABELS[conflict.entity] ?? "Bản ghi"} “${String(name)}”`;
}

function shown(field: string, feature: Feature | null): string {
  if (!feature) return "(đã xóa)";
  if (field === "geometry") return feature.geometry ? `${feature.geometry.type === "Point" ? "vị trí" : "hình"} trên bản đồ` : "(không có)";
  if (field === "deletedAt") return feature.properties?.deletedAt ? "Đã xóa" : "Còn";
  return formatAttributeValue(field, feature.properties?.[field]);
}

export function SyncConflictPanel({ conflict, busy, onResolve }: { conflict: SyncConflictRecord; busy: boolean; onResolve: (choice: ConflictChoice) => void }) {
  const fields = useMemo(() => conflictFields(conflict.local, conflict.server), [conflict]);
  const [fromServer, setFromServer] = useState<ReadonlySet<string>>(new Set());
  const shapes = useMemo(() => [{ side: "server" as const, feature: conflict.server }, { side: "local" as const, feature: conflict.local }], [conflict]);
  useSyncMapOverlay(shapes);
  const choose = (field: string, server: boolean) => {
    const next = new Set(fromServer);
    if (server) next.add(field);
    else next.delete(field);
    setFromServer(next);
  };
  return (
    <section className="edit-conflict" aria-label={`Xung đột: ${conflictTitle(conflict)}`} data-testid="sync-conflict">
      <p>
        <strong>Xung đột</strong> – {conflictTitle(conflict)} đã được sửa ở nơi khác (máy chủ: phiên bản {conflict.serverVersion}) trong khi máy này cũng sửa. Cả hai bản đều được giữ
        cho tới khi bạn chọn. Trên bản đồ: bản máy chủ màu xanh, bản của bạn màu cam.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Trường</th>
            <th scope="col">Bản trên máy chủ</th>
            <th scope="col">Bản của tôi</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} data-field={field} className="differs">
              <th scope="row">{syncFieldLabel(field)}</th>
              <td>
                <label>
                  <input type="radio" name={`${conflict.id}-${field}`} checked={fromServer.has(field)} onChange={() => choose(field, true)} /> {shown(field, conflict.server)}
                </label>
              </td>
              <td>
                <label>
                  <input type="radio" name={`${conflict.id}-${field}`} checked={!fromServer.has(field)} onChange={() => choose(field, false)} /> {shown(field, conflict.local)}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="edit-conflict-actions">
        <button type="button" disabled={busy} onClick={() => onResolve({ keep: "server" })}>
          Giữ bản máy chủ
        </button>
        <button type="button" disabled={busy} onClick={() => onResolve({ keep: "local" })}>
          Giữ bản của tôi
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => onResolve({ keep: "merged", fieldsFromServer: [...fromServer] })}>
          Gộp theo lựa chọn
        </button>
      </div>
    </section>
  );
}
