// The features of the edited layer: searchable by name (accent-insensitive),
// click one to edit it; below, the deleted ones, each restorable.

import { useState } from "react";
import { foldVietnamese } from "../../domain/incident-text-folding";
import type { WorkspaceFeatureRecord } from "../../domain/workspace";
import { useTitledRecords } from "./use-titled-records";

const SHOWN = 200;

interface Props {
  records: readonly WorkspaceFeatureRecord[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onRestore: (record: WorkspaceFeatureRecord) => void;
}

export function LayerFeatureList({ records, selectedKey, onSelect, onRestore }: Props) {
  const [query, setQuery] = useState("");
  const titled = useTitledRecords(records);
  const folded = foldVietnamese(query.trim());
  const matching = folded === "" ? titled : titled.filter((entry) => entry.folded.includes(folded));
  const live = matching.filter(({ record }) => record.deletedAt === null);
  const deleted = matching.filter(({ record }) => record.deletedAt !== null);
  return (
    <div className="editing-list">
      <input type="search" aria-label="Tìm đối tượng theo tên" placeholder="Tìm theo tên…" value={query} onChange={(event) => setQuery(event.target.value)} />
      <p className="muted">{`${live.length.toLocaleString("vi-VN")} đối tượng${folded ? " khớp" : ""}`}</p>
      <ul className="editing-feature-list" aria-label="Đối tượng của lớp">
        {live.slice(0, SHOWN).map(({ record, title }) => (
          <li key={record.key}>
            <button type="button" className={record.key === selectedKey ? "editing-item selected" : "editing-item"} aria-current={record.key === selectedKey || undefined} onClick={() => onSelect(record.key)}>
              {title}
            </button>
          </li>
        ))}
      </ul>
      {live.length > SHOWN && <p className="muted">{`… và ${(live.length - SHOWN).toLocaleString("vi-VN")} đối tượng khác: hãy gõ để tìm.`}</p>}
      {deleted.length > 0 && (
        <details className="editing-deleted">
          <summary>{`Đã xóa (${deleted.length.toLocaleString("vi-VN")})`}</summary>
          <ul aria-label="Đối tượng đã xóa">
            {deleted.slice(0, SHOWN).map(({ record, title }) => (
              <li key={record.key}>
                <span>{title}</span>{" "}
                <button type="button" onClick={() => onRestore(record)}>
                  Khôi phục
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
