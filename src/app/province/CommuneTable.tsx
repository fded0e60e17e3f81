// The province's communes as a table: open incidents by severity, overdue
// marker inspections, drills this month, devices not synced for more than N
// days. A header click sorts (again: the other way); a row's name opens the
// commune; the checkbox chooses it as a recipient of the next directive.

import { useMemo, useState } from "react";
import { nextSort, sortCommunes, type CommuneSort, type CommuneSortKey } from "./commune-table-sort";
import { openIncidentTotal, SEVERITY_COLUMNS, type IocCommune } from "./ioc-communes";

interface Props {
  communes: readonly IocCommune[];
  staleDays: number;
  selectedCode: string | null;
  recipients: ReadonlySet<string>;
  onOpen: (code: string) => void;
  onToggleRecipient: (code: string) => void;
}

export function CommuneTable({ communes, staleDays, selectedCode, recipients, onOpen, onToggleRecipient }: Props) {
  const [sort, setSort] = useState<CommuneSort>({ key: "openIncidents", direction: "desc" });
  const rows = useMemo(() => sortCommunes(communes, sort), [communes, sort]);
  const columns: { key: CommuneSortKey; label: string; title?: string }[] = [
    { key: "name", label: "Xã" },
    { key: "openIncidents", label: "Vụ việc mở" },
    ...SEVERITY_COLUMNS.map((severity) => ({ key: `severity:${severity.id}` as CommuneSortKey, label: severity.label })),
    { key: "overdueInspections", label: "Mốc quá hạn" },
    { key: "drillsThisMonth", label: "Diễn tập tháng này" },
    { key: "staleDevices", label: `Thiết bị > ${staleDays} ngày`, title: `Thiết bị chưa đồng bộ quá ${staleDays} ngày` },
  ];
  return (
    <div className="ioc-table-wrap">
      <table className="ioc-table" aria-label="Các xã trong tỉnh">
        <thead>
          <tr>
            <th scope="col">Gửi</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                <button type="button" className="link-button" title={column.title} onClick={() => setSort(nextSort(sort, column.key))}>
                  {column.label}
                  {sort.key === column.key ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ properties }) => (
            <tr key={properties.code} className={properties.code === selectedCode ? "selected" : undefined} data-testid="ioc-commune-row">
              <td>
                <input type="checkbox" aria-label={`Gửi chỉ đạo đến ${properties.name}`} checked={recipients.has(properties.code)} onChange={() => onToggleRecipient(properties.code)} />
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(properties.code)}>
                  {properties.name}
                </button>
              </th>
              <td>{openIncidentTotal(properties).toLocaleString("vi-VN")}</td>
              {SEVERITY_COLUMNS.map((severity) => (
                <td key={severity.id}>{(properties.openIncidents?.[severity.id] ?? 0).toLocaleString("vi-VN")}</td>
              ))}
              <td>{properties.overdueInspections.toLocaleString("vi-VN")}</td>
              <td>{properties.drillsThisMonth.toLocaleString("vi-VN")}</td>
              <td>{properties.staleDevices.toLocaleString("vi-VN")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
