// "Nhập dữ liệu": the file picker (drag-and-drop onto the map goes through the
// same importer) and the report of each file: what was imported, or what is
// wrong and where, in an alert — with the choice to import only valid features.

import { canImportValidFeatures, summariseSkipped } from "../../io/validate-geojson";
import type { GeoJsonImporter, ImportReport } from "./use-geojson-import";
import { GisImportDialog } from "./GisImportDialog";
import { PackagePassphraseForm } from "./PackagePassphraseForm";

const MAX_LISTED_PROBLEMS = 20;

export function ImportPanel({ importer }: { importer: GeoJsonImporter }) {
  return (
    <div className="import-panel">
      <label className="file-button">
        Nhập dữ liệu
        <input
          type="file"
          accept=".geojson,.json,application/geo+json,application/json,.kml,.kmz,.gpx,.cot,.zip,.shp,.shx,.dbf,.prj,.cpg,.gpkg,.tab,.dat,.map,.id,.mif,.mid,.dxf,.dgn,.csv,.txt,.xlsx"
          multiple
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length > 0) void importer.importFiles(files);
          }}
        />
      </label>
      <p className="import-hint">GeoJSON, KML/KMZ, GPX, CoT, gói trao đổi; Shapefile (.zip hoặc chọn cùng lúc .shp .shx .dbf .prj), GeoPackage, MapInfo (TAB, MIF), DXF, DGN, CSV/XLSX có cột tọa độ — WGS 84 hoặc VN-2000. Có thể kéo thả tệp vào bản đồ.</p>
      {importer.reports.map((report) => (
        <ReportView key={report.id} report={report} importer={importer} />
      ))}
    </div>
  );
}

function ReportView({ report, importer }: { report: ImportReport; importer: GeoJsonImporter }) {
  const close = (
    <button type="button" onClick={() => importer.dismiss(report.id)}>
      Đóng
    </button>
  );
  switch (report.status) {
    case "gis-choice":
      return (
        <GisImportDialog
          report={report}
          onChoose={(choices) => importer.chooseGis(report, choices)}
          onConfirm={() => importer.confirmGis(report)}
          onCancel={() => importer.dismiss(report.id)}
        />
      );
    case "validating":
      return (
        <div className="import-report" role="status">
          Đang kiểm tra tệp “{report.fileName}”…
          {report.progress && (
            <div className="import-progress">
              <progress max={100} value={Math.round(report.progress.fraction * 100)} aria-label={`Tiến độ nhập “${report.fileName}”`} />
              <span>
                {report.progress.stage} ({Math.round(report.progress.fraction * 100)}%)
              </span>
            </div>
          )}
        </div>
      );
    case "imported":
      return (
        <div className="import-report done" role="status">
          Đã nhập {report.featureCount.toLocaleString("vi-VN")} đối tượng từ “{report.fileName}” vào lớp “{report.layerName}”.
          {report.skipped > 0 && ` Đã bỏ qua ${report.skipped.toLocaleString("vi-VN")} đối tượng không hợp lệ.`}
          {report.repairs && <p className="import-repairs">{report.repairs}</p>}
          <div className="actions">{close}</div>
        </div>
      );
    case "passphrase":
      return <PackagePassphraseForm fileName={report.fileName} wrong={report.message} onOpen={(passphrase) => importer.unlockPackage(report, passphrase)} onCancel={() => importer.dismiss(report.id)} />;
    case "summary":
      return (
        <div className="import-report done" role="status">
          {report.message}
          <div className="actions">{close}</div>
        </div>
      );
    case "storage-failed":
      return (
        <div className="import-report failed" role="alert">
          <strong>Không nhập được “{report.fileName}”.</strong> {report.message}
          <div className="actions">{close}</div>
        </div>
      );
    case "rejected": {
      const { result } = report;
      const problems = [...result.fileProblems, ...result.problems];
      const canImportValid = canImportValidFeatures(result);
      return (
        <div className="import-report failed" role="alert">
          <strong>
            Không nhập tệp “{report.fileName}”: có {problems.length.toLocaleString("vi-VN")} lỗi. Chưa có dữ liệu nào được thay đổi.
          </strong>
          <ul>
            {problems.slice(0, MAX_LISTED_PROBLEMS).map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
            {problems.length > MAX_LISTED_PROBLEMS && <li>… và {problems.length - MAX_LISTED_PROBLEMS} lỗi khác.</li>}
          </ul>
          {canImportValid && <p>{summariseSkipped(result)}.</p>}
          <div className="actions">
            {canImportValid && (
              <button type="button" onClick={() => importer.importValidOnly(report)}>
                Chỉ nhập {result.validFeatureCount.toLocaleString("vi-VN")} đối tượng hợp lệ
              </button>
            )}
            {close}
          </div>
        </div>
      );
    }
  }
}
