// "Xuất Shapefile" / "Xuất GeoPackage" for any layer — built-in, imported, or
// the incidents — in WGS 84 or the VN-2000 zone the land office works in. The
// file is written by GDAL in the import worker (Shapefile as a .zip with .prj
// and .cpg = UTF-8), so MapInfo, QGIS, ArcGIS and MicroStation open it with
// the right position and readable Vietnamese. A Tối mật layer is not written
// (the status says so); a marked layer's features carry `do_mat`.

import { useState } from "react";
import type { FileCrs } from "../../io/formats/crs/recognise-crs";
import type { ExportFormat } from "../../io/formats/write/write-gis-file";
import { CrsSelect, downloadBlob } from "../ui";
import { importWorker, useVn2000Province } from "../workspace";
import { useExchangeLayers } from "./use-exchange-layers";
import { classificationMark, classificationOf } from "../../domain/classification";
import { fileExportLayers, markedFileNote } from "./classified-layers";

export function GisExportPanel() {
  const layers = useExchangeLayers();
  const province = useVn2000Province();
  const [layerId, setLayerId] = useState("");
  const [crs, setCrs] = useState<FileCrs>({ kind: "wgs84" });
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: "" });
  const chosen = layers.find((layer) => layer.id === layerId) ?? layers[0];

  const exportAs = async (format: ExportFormat) => {
    if (!chosen) return;
    setStatus({ busy: true, message: `Đang xuất “${chosen.name}”…` });
    try {
      const prepared = fileExportLayers([await chosen.load()], [chosen]);
      const layer = prepared.layers[0];
      if (!layer) return setStatus({ busy: false, message: prepared.leftOut });
      const file = await importWorker().exportGisFile(layer.collection, chosen.name, format, crs);
      if (!file) return setStatus({ busy: false, message: `Lớp “${chosen.name}” không có điểm, đường hay vùng nào để xuất.` });
      downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }), file.fileName);
      setStatus({
        busy: false,
        message: `Đã xuất “${file.fileName}” (${layer.collection.features.length.toLocaleString("vi-VN")} đối tượng).${markedFileNote(prepared.classification)}${prepared.leftOut ? ` ${prepared.leftOut}` : ""}`,
      });
    } catch {
      setStatus({ busy: false, message: `Không xuất được lớp “${chosen.name}”. Hãy thử lại; nếu vẫn lỗi, hãy xuất GeoJSON trong gói trao đổi.` });
    }
  };

  return (
    <section className="gis-export" aria-labelledby="gis-export-title">
      <h2 id="gis-export-title">Xuất lớp ra tệp GIS</h2>
      <label>
        Lớp
        <select value={chosen?.id ?? ""} onChange={(event) => setLayerId(event.target.value)}>
          {layers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.name} ({layer.featureCount.toLocaleString("vi-VN")}){classificationMark(classificationOf(layer)) && ` – ${classificationMark(classificationOf(layer))}`}
            </option>
          ))}
        </select>
      </label>
      <CrsSelect label="Hệ tọa độ của tệp xuất" value={crs} preferredProvince={province.province} onChange={setCrs} />
      <div className="actions">
        <button type="button" disabled={status.busy || !chosen} onClick={() => void exportAs("shapefile")}>
          Xuất Shapefile
        </button>
        <button type="button" disabled={status.busy || !chosen} onClick={() => void exportAs("geopackage")}>
          Xuất GeoPackage
        </button>
      </div>
      {status.message && <p role="status">{status.message}</p>}
    </section>
  );
}
