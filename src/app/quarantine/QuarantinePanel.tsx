// "Dữ liệu lỗi": the stored records left out of the views because they fail
// their schema (workspace/record-quarantine.ts) — what and why, and an export
// of them as JSON. Hidden while there are none.

import { downloadBlob } from "../ui/file-download";
import { quarantineExport, useQuarantinedRecords } from "../workspace";

export function QuarantinePanel() {
  const records = useQuarantinedRecords();
  if (records.length === 0) return null;
  const exportAll = () => {
    const at = new Date().toISOString();
    downloadBlob(quarantineExport(records, at), `du-lieu-loi-${at.slice(0, 10)}.json`);
  };
  return (
    <details className="quarantine-panel" data-testid="quarantine-panel" open>
      <summary role="alert">
        Dữ liệu lỗi: {records.length.toLocaleString("vi-VN")} bản ghi không hiển thị vì sai cấu trúc (vẫn được giữ nguyên)
      </summary>
      <ul>
        {records.slice(0, 50).map((entry) => (
          <li key={`${entry.kind}:${entry.id}`}>{entry.message}</li>
        ))}
        {records.length > 50 && <li>… và {(records.length - 50).toLocaleString("vi-VN")} bản ghi khác (có trong tệp xuất).</li>}
      </ul>
      <button type="button" onClick={exportAll}>
        Xuất dữ liệu lỗi (JSON)
      </button>
    </details>
  );
}
