// The choices before a GIS file is imported: which layer (GeoPackage table,
// one of several Shapefiles), which coordinate system (the file's, or a guess
// to confirm when it has none), which text encoding — with a preview of a few
// values as they would be stored ("Th«n H­¬ng Minh" → "Thôn Hương Minh") —
// and, for CSV/XLSX, which columns hold the coordinates.

import type { GisChoices } from "../../io/formats/read/gis-read-types";
import { VIETNAMESE_TEXT_ENCODINGS, type VietnameseTextEncoding } from "../../io/formats/text/vietnamese-text-decoding";
import { CrsSelect } from "../ui";
import { useVn2000Province } from "../workspace";
import type { ImportReport } from "./use-geojson-import";

type Choice = Extract<ImportReport, { status: "gis-choice" }>;

export function GisImportDialog({
  report,
  onChoose,
  onConfirm,
  onCancel,
  confirmLabel = "Nhập",
}: {
  report: Choice;
  onChoose: (choices: GisChoices) => void;
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel?: string;
}) {
  const { inspection, choices, busy } = report;
  const province = useVn2000Province();
  const table = inspection.table;
  const encoding = choices.encoding ?? inspection.encoding.used;
  const columnSelect = (axis: "x" | "y", label: string) =>
    table && (
      <label>
        {label}
        <select
          value={choices.columns?.[axis] ?? ""}
          onChange={(event) => onChoose({ ...choices, columns: { x: choices.columns?.x ?? 0, y: choices.columns?.y ?? 1, system: choices.columns?.system ?? "degrees", [axis]: Number(event.target.value) } })}
        >
          {!choices.columns && <option value="">— Chọn cột —</option>}
          {table.header.map((name, index) => (
            <option key={index} value={index}>
              {name || `Cột ${index + 1}`}
            </option>
          ))}
        </select>
      </label>
    );
  return (
    <div className="import-report gis-choice" role="group" aria-label={`Nhập tệp ${inspection.formatLabel} “${inspection.fileName}”`}>
      <strong>
        {inspection.formatLabel} “{inspection.fileName}”
        {inspection.featureCount !== null && ` — ${inspection.featureCount.toLocaleString("vi-VN")} đối tượng`}
      </strong>
      {inspection.layers.length > 1 && (
        <label>
          Lớp / bảng
          <select value={choices.layer ?? inspection.layer} onChange={(event) => onChoose({ layer: event.target.value })}>
            {inspection.layers.map((layer) => (
              <option key={layer.id} value={layer.id}>
                {layer.label}
                {layer.featureCount >= 0 ? ` (${layer.featureCount.toLocaleString("vi-VN")})` : ""}
              </option>
            ))}
          </select>
        </label>
      )}
      {columnSelect("x", "Cột kinh độ / Y (Đông)")}
      {columnSelect("y", "Cột vĩ độ / X (Bắc)")}
      {inspection.crs.note && <p className="gis-note">{inspection.crs.note}</p>}
      <CrsSelect label="Hệ tọa độ của tệp" value={choices.crs ?? inspection.crs.used} preferredProvince={province.province} onChange={(crs) => onChoose({ ...choices, crs })} />
      {inspection.encoding.previews.length > 0 && (
        <>
          <label>
            Bảng mã chữ Việt
            <select value={encoding} onChange={(event) => onChoose({ ...choices, encoding: event.target.value as VietnameseTextEncoding })}>
              {VIETNAMESE_TEXT_ENCODINGS.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                  {entry.id === inspection.encoding.detected ? " — đoán theo tệp" : ""}
                </option>
              ))}
            </select>
          </label>
          <ul className="encoding-preview" aria-label="Xem trước chữ Việt">
            {inspection.encoding.previews.map((preview, index) => (
              <li key={index}>
                <span className="raw">{preview.byEncoding["windows-1258"]}</span> → <span className="decoded">{preview.byEncoding[encoding]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {inspection.problem && <p role="alert">{inspection.problem}</p>}
      {inspection.warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
      <div className="actions">
        <button type="button" disabled={busy || inspection.featureCount === null} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
