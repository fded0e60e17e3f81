// The incident list, virtualised: only the rows in view (plus a few) are in
// the DOM, so 100,000 records scroll and filter without lag. Each row is a
// list item of the region "Danh sách vụ việc" with its position in the set.

import { useState } from "react";
import { categoryLabel, INCIDENT_SEVERITIES, type Category } from "../../domain/incident-categories";
import { labelOf } from "../../domain/hotspot-categories";
import type { IncidentRecord } from "../../domain/incident";
import { statusLabel } from "../../domain/incident-lifecycle";
import { classificationOf } from "../../domain/classification";
import { ClassificationBadge } from "../roles";
import { useSyncConflictIds } from "../sync";

const ROW_HEIGHT = 58;
const VIEWPORT_HEIGHT = 348;
const OVERSCAN = 4;

interface Props {
  records: readonly IncidentRecord[];
  result: Uint32Array;
  categories: readonly Category[];
  selectedId: string | null;
  onSelect: (record: IncidentRecord) => void;
}

export function IncidentList({ records, result, categories, selectedId, onSelect }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const inConflict = useSyncConflictIds();
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(result.length, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let position = first; position < last; position++) {
    const record = records[result[position]];
    rows.push(
      <li
        key={record.id}
        aria-setsize={result.length}
        aria-posinset={position + 1}
        className={`incident-row severity-${record.severity}${record.id === selectedId ? " selected" : ""}`}
        style={{ top: position * ROW_HEIGHT, height: ROW_HEIGHT }}
      >
        <button type="button" onClick={() => onSelect(record)}>
          <span className="incident-row-title">
            {record.warnings.length > 0 && <span className="incident-row-warning" title="Có cảnh báo sớm">⚠ </span>}
            {inConflict.has(record.id) && <span className="incident-row-warning" title="Khác bản trên máy chủ tỉnh: xem thẻ Đồng bộ">Xung đột · </span>}
            {record.kind === "hotspot" && <span className="incident-row-kind">Điểm nóng · </span>}
            {record.title || categoryLabel(categories, record.category)}
            <ClassificationBadge classification={classificationOf(record)} />
          </span>
          <span className="incident-row-meta">
            {labelOf(INCIDENT_SEVERITIES, record.severity)} · {statusLabel(record.status)} · {record.villageName ?? "Ngoài các thôn"} · {new Date(record.occurredAt).toLocaleDateString("vi-VN")}
          </span>
        </button>
      </li>,
    );
  }
  return (
    <section className="incident-list" aria-label="Danh sách vụ việc">
      <p className="muted" data-testid="incident-count">
        {result.length.toLocaleString("vi-VN")} bản ghi
      </p>
      <div className="incident-list-viewport" style={{ height: Math.min(VIEWPORT_HEIGHT, Math.max(ROW_HEIGHT, result.length * ROW_HEIGHT)) }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
        <ul style={{ height: result.length * ROW_HEIGHT }}>{rows}</ul>
      </div>
      {result.length === 0 && <p className="muted">Không có bản ghi nào khớp bộ lọc.</p>}
    </section>
  );
}
