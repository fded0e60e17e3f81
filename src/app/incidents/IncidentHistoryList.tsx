// The edit history of a record: who, when, and each field before → after,
// in Vietnamese labels.

import { attributeLabel, formatAttributeValue } from "../../domain/attribute-labels";
import { INCIDENT_ACTION_LABELS, type FieldChange, type IncidentHistoryRecord } from "../../domain/incident-history";
import { isIncidentStatus, statusLabel } from "../../domain/incident-lifecycle";

const FIELD_LABELS: Record<string, string> = {
  kind: "Loại bản ghi",
  title: "Tiêu đề",
  occurredAt: "Thời gian xảy ra",
  description: "Mô tả",
  involved: "Người, đơn vị liên quan",
  lon: "Kinh độ",
  lat: "Vĩ độ",
  villageId: "Mã thôn",
  villageName: "Thôn / bản",
  communeName: "Xã",
  attachmentIds: "Ảnh đính kèm",
  warnings: "Cảnh báo",
  deletedAt: "Thời điểm xóa",
  status: "Trạng thái",
  classification: "Độ mật",
};

/** Changes to the names of people involved are listed only to a role that may see those names. */
const INVOLVED_FIELD = "involved";

function formatValue(change: FieldChange, value: unknown): string {
  if (change.field === "status" && isIncidentStatus(value)) return statusLabel(value);
  if (change.field === "attachmentIds" && Array.isArray(value)) return `${value.length} ảnh`;
  if (change.field === "warnings" && Array.isArray(value)) return `${value.length} cảnh báo`;
  if ((change.field === "occurredAt" || change.field === "deletedAt") && typeof value === "string") return new Date(value).toLocaleString("vi-VN");
  return formatAttributeValue(change.field, value);
}

export function IncidentHistoryList({ history, showInvolved }: { history: readonly IncidentHistoryRecord[]; showInvolved: boolean }) {
  return (
    <details className="incident-history">
      <summary>Lịch sử chỉnh sửa ({history.length})</summary>
      <ol>
        {history.map((entry) => (
          <li key={entry.id}>
            <div>
              <strong>{INCIDENT_ACTION_LABELS[entry.action]}</strong> · {entry.by} · {new Date(entry.at).toLocaleString("vi-VN")} · phiên bản {entry.version}
            </div>
            {entry.action !== "create" && (
              <ul>
                {entry.changes.filter((change) => showInvolved || change.field !== INVOLVED_FIELD).map((change) => (
                  <li key={change.field}>
                    {FIELD_LABELS[change.field] ?? attributeLabel(change.field)}: {formatValue(change, change.before)} → {formatValue(change, change.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
