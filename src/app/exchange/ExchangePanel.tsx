// "Trao đổi dữ liệu" with the border station and the province: choose layers
// and records, then export an exchange package (zip with manifest and
// SHA-256 checksums), or the chosen layers as KML (with styles), GPX, CSV
// with coordinates, or Cursor-on-Target for ATAK/WinTAK. Import of all these
// goes through "Nhập dữ liệu" on the layers tab. Classification follows the
// data: Tối mật layers, incidents and plans stay on the device (the status
// says what was left out); a package holding Mật data is encrypted with the
// passphrase typed here (io/package/encrypted-package.ts); GIS files carry the
// mark in each feature and in their title.

import { useState } from "react";
import { SAMPLE_NOTICE } from "../../domain/sample-data-contract";
import { writeCotDataPackage } from "../../io/cot/cot-data-package";
import { cotEventsFor, eventXml } from "../../io/cot/write-cot";
import { writeCsv } from "../../io/csv/layer-csv";
import { writeGpx } from "../../io/gpx/write-gpx";
import { writeKml } from "../../io/kml/write-kml";
import { writeExchangePackage } from "../../io/package/write-package";
import { DrillExchangeStore } from "../../store/drills-border/drill-exchange.store";
import { newId } from "../../store/ids";
import { appDatabase, userErrorMessage, useWorkspace } from "../workspace";
import { loadExchangeLayers, useExchangeLayers } from "./use-exchange-layers";
import type { PackageLayer } from "../../io/package/package-manifest";
import { downloadBlob } from "../ui";
import { classificationOf, needsEncryption } from "../../domain/classification";
import { markedTitle } from "../../io/classification-marks";
import { encryptPackage, passphraseProblem } from "../../io/package/encrypted-package";
import { classifyExport } from "../../io/package/export-classification";
import { ClassificationBadge } from "../roles";
import { fileExportLayers, leftOutText, markedFileNote } from "./classified-layers";

const exchangeStore = new DrillExchangeStore(appDatabase);
const DEFAULT_LAYERS = new Set(["border-marker", "border-station", "militia-post", "command-post", "incident"]);
const RECORDS = [
  { id: "drills", label: "Kế hoạch diễn tập" },
  { id: "markerInspections", label: "Kiểm tra cột mốc (kèm ảnh)" },
  { id: "patrols", label: "Nhật ký tuần tra" },
] as const;

/** "Xã Sơn Kim 1" → "Ban CHQS xã Sơn Kim 1". */
function defaultUnit(communeName: string | undefined): string {
  return communeName ? `Ban CHQS ${communeName.charAt(0).toLowerCase()}${communeName.slice(1)}` : "Ban CHQS xã";
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ExchangePanel() {
  const layers = useExchangeLayers();
  const { record: workspace } = useWorkspace();
  const sample = workspace.kind === "sample";
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [included, setIncluded] = useState<Set<string>>(new Set());
  const [records, setRecords] = useState<Set<string>>(new Set(RECORDS.map((record) => record.id)));
  const [author, setAuthor] = useState("");
  const [unit, setUnit] = useState(defaultUnit(workspace.communes[0]?.fullName));
  const [status, setStatus] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [passphraseAgain, setPassphraseAgain] = useState("");

  const isChosen = (id: string) => (DEFAULT_LAYERS.has(id) ? !excluded.has(id) : included.has(id));
  const toggle = (id: string) => {
    const flip = (set: Set<string>) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    };
    if (DEFAULT_LAYERS.has(id)) setExcluded(flip);
    else setIncluded(flip);
  };
  const chosenLayers = layers.filter((layer) => isChosen(layer.id));

  async function exportPackage() {
    try {
      const chosen = await loadExchangeLayers(chosenLayers);
      const gathered = await exchangeStore.gather({
        layers: chosen,
        drills: records.has("drills"),
        markerInspections: records.has("markerInspections"),
        patrols: records.has("patrols"),
      });
      const { content, classification, leftOut } = classifyExport(gathered);
      const leftOutNote = leftOutText(leftOut, chosenLayers);
      const encrypted = needsEncryption(classification);
      if (encrypted) {
        const problem = passphraseProblem(passphrase) ?? (passphrase !== passphraseAgain ? "Hai lần nhập mật khẩu gói không khớp." : null);
        if (problem) return setStatus(`Gói có dữ liệu MẬT nên phải mã hóa: ${problem} Chưa xuất gói.`);
      }
      const clear = await writeExchangePackage(content, {
        createdAt: new Date().toISOString(),
        createdBy: { name: author.trim() || "Không ghi tên", unit: unit.trim() },
        commune: workspace.name,
        communeCodes: workspace.communes.map((commune) => commune.code),
        note: sample ? SAMPLE_NOTICE : "",
        ...(classification === "thuong" ? {} : { classification }),
      });
      const zip = encrypted ? await encryptPackage(clear, passphrase, classification) : clear;
      downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), `goi-trao-doi-${encrypted ? "mat-" : ""}${stamp()}.zip`);
      setStatus(
        `Đã xuất gói${encrypted ? " MẬT (đã mã hóa bằng mật khẩu gói)" : ""}: ${content.layers.length} lớp, ${content.drills.length} kế hoạch, ${content.markerInspections.length} lượt kiểm tra mốc, ${content.patrols.length} lần tuần tra, ${content.attachments.length} ảnh.${leftOutNote ? ` ${leftOutNote}` : ""}`,
      );
    } catch (error) {
      setStatus(`Không xuất được gói: ${userErrorMessage(error, "lỗi không mong đợi khi đọc dữ liệu hoặc nén tệp")}`);
    }
  }

  // Imported layers' features are read from IndexedDB only now, when they are exported.
  async function exportFormat(format: "kml" | "gpx" | "csv" | "cot") {
    if (chosenLayers.length === 0) return setStatus("Hãy chọn ít nhất một lớp.");
    try {
      const prepared = fileExportLayers(await loadExchangeLayers(chosenLayers), chosenLayers);
      if (prepared.layers.length === 0) return setStatus(prepared.leftOut || "Hãy chọn ít nhất một lớp.");
      writeFormat(format, prepared.layers, markedTitle(workspace.name, prepared.classification));
      setStatus((current) => `${current ?? ""}${markedFileNote(prepared.classification)}${prepared.leftOut ? ` ${prepared.leftOut}` : ""}`);
    } catch (error) {
      setStatus(`Không đọc được lớp để xuất: ${userErrorMessage(error, "lỗi không mong đợi khi đọc dữ liệu")}`);
    }
  }

  /** `title`: the workspace's name headed by the file's độ mật ("MẬT – Xã …"). */
  function writeFormat(format: "kml" | "gpx" | "csv" | "cot", chosen: PackageLayer[], title: string) {
    const base = `du-lieu-${stamp()}`;
    if (format === "kml") {
      downloadBlob(new Blob([writeKml(title, chosen)], { type: "application/vnd.google-earth.kml+xml" }), `${base}.kml`);
      return setStatus(`Đã xuất KML (${chosen.length} lớp, kèm màu ký hiệu).`);
    }
    if (format === "gpx") {
      const { xml, polygonsAsTracks } = writeGpx({ type: "FeatureCollection", features: chosen.flatMap((layer) => layer.collection.features) }, undefined, title);
      downloadBlob(new Blob([xml], { type: "application/gpx+xml" }), `${base}.gpx`);
      return setStatus(`Đã xuất GPX.${polygonsAsTracks > 0 ? ` GPX không có vùng: ${polygonsAsTracks} vùng được ghi thành đường viền khép kín.` : ""}`);
    }
    if (format === "csv") {
      downloadBlob(new Blob([writeCsv(chosen)], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
      return setStatus("Đã xuất CSV kèm tọa độ (vĩ độ, kinh độ, MGRS).");
    }
    const events = chosen.flatMap((layer) => cotEventsFor(layer.id, layer.name, layer.collection, new Date()));
    if (events.length === 0) return setStatus("Các lớp đã chọn không có điểm nào để xuất CoT.");
    if (events.length === 1) downloadBlob(new Blob([eventXml(events[0])], { type: "application/xml" }), `${base}.cot`);
    else downloadBlob(new Blob([writeCotDataPackage(`Dữ liệu ${workspace.name}`, events, newId()) as Uint8Array<ArrayBuffer>], { type: "application/zip" }), `${base}-cot.zip`);
    setStatus(`Đã xuất ${events.length} điểm dạng Cursor-on-Target (nạp được vào ATAK/WinTAK).`);
  }

  return (
    <section aria-labelledby="exchange-title">
      <h3 id="exchange-title">Trao đổi dữ liệu với Đồn Biên phòng, tỉnh</h3>
      <fieldset className="drill-forces-pick">
        <legend>Lớp bản đồ</legend>
        <ul className="border-checklist">
          {layers.map((layer) => (
            <li key={layer.id}>
              <label>
                <input type="checkbox" checked={isChosen(layer.id)} onChange={() => toggle(layer.id)} />
                {layer.name} ({layer.featureCount})
                <ClassificationBadge classification={classificationOf(layer)} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="drill-forces-pick">
        <legend>Hồ sơ</legend>
        {RECORDS.map((record) => (
          <label key={record.id}>
            <input
              type="checkbox"
              checked={records.has(record.id)}
              onChange={() =>
                setRecords((current) => {
                  const next = new Set(current);
                  if (next.has(record.id)) next.delete(record.id);
                  else next.add(record.id);
                  return next;
                })
              }
            />
            {record.label}
          </label>
        ))}
      </fieldset>
      <div className="drill-row">
        <label>
          Người lập gói
          <input value={author} onChange={(event) => setAuthor(event.target.value)} />
        </label>
        <label>
          Đơn vị
          <input value={unit} onChange={(event) => setUnit(event.target.value)} />
        </label>
      </div>
      <fieldset className="drill-forces-pick package-passphrase">
        <legend>Mật khẩu gói (bắt buộc khi gói có dữ liệu MẬT)</legend>
        <label>
          Mật khẩu gói
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
        </label>
        <label>
          Nhập lại mật khẩu gói
          <input type="password" autoComplete="new-password" value={passphraseAgain} onChange={(event) => setPassphraseAgain(event.target.value)} />
        </label>
        <p className="muted">Gói có dữ liệu Mật được mã hóa (AES-GCM); người nhận cần mật khẩu này để nhập. Báo mật khẩu qua kênh khác, không gửi kèm gói. Dữ liệu Tối mật không được xuất khỏi thiết bị.</p>
      </fieldset>
      <div className="drill-actions">
        <button type="button" onClick={() => void exportPackage()}>
          Xuất gói dữ liệu
        </button>
      </div>
      <div className="drill-actions">
        <button type="button" onClick={() => void exportFormat("kml")}>
          Xuất KML
        </button>
        <button type="button" onClick={() => void exportFormat("gpx")}>
          Xuất GPX
        </button>
        <button type="button" onClick={() => void exportFormat("csv")}>
          Xuất CSV
        </button>
        <button type="button" onClick={() => void exportFormat("cot")}>
          Xuất CoT (ATAK)
        </button>
      </div>
      <p className="muted">Nhập gói, KML, GPX hoặc CoT: dùng nút “Nhập dữ liệu” ở thẻ Lớp bản đồ.</p>
      {status && (
        <p role="status" className="border-status" data-testid="exchange-status">
          {status}
        </p>
      )}
    </section>
  );
}
