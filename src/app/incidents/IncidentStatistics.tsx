// "Thống kê": counts of the listed records by category and by village, and
// the CSV export (village × category) for the quarterly report.

import { useMemo } from "react";
import type { Category } from "../../domain/incident-categories";
import type { IncidentRecord } from "../../domain/incident";
import { incidentStatistics, type CountRow } from "../../domain/incident-statistics";
import { statisticsCsv } from "../../io/csv/statistics-csv";
import { usePermissions } from "../roles";

interface Props {
  records: readonly IncidentRecord[];
  result: Uint32Array;
  categories: readonly Category[];
  communeName: string;
}

function CountTable({ caption, rows }: { caption: string; rows: CountRow[] }) {
  return (
    <table className="incident-count-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.count.toLocaleString("vi-VN")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IncidentStatistics({ records, result, categories, communeName }: Props) {
  const statistics = useMemo(() => incidentStatistics(records, result, categories), [records, result, categories]);
  const mayExport = usePermissions().can("data.export");

  function exportCsv() {
    const today = new Date();
    const title = `Thống kê vụ việc, điểm nóng – ${communeName} – lập ngày ${today.toLocaleDateString("vi-VN")} – ${statistics.total} bản ghi theo bộ lọc hiện tại`;
    const blob = new Blob([statisticsCsv(statistics, title)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `thong-ke-vu-viec-${today.toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <details className="incident-statistics">
      <summary>Thống kê ({statistics.total.toLocaleString("vi-VN")} bản ghi)</summary>
      {mayExport && (
        <button type="button" onClick={exportCsv} disabled={statistics.total === 0}>
          Xuất CSV thống kê
        </button>
      )}
      <CountTable caption="Theo loại vụ việc" rows={statistics.byCategory} />
      <CountTable caption="Theo thôn / bản" rows={statistics.byVillage} />
    </details>
  );
}
