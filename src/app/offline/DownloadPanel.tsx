// "Tải về để dùng ngoại tuyến": choose the area (the commune, the current
// view, or a rectangle drawn with two clicks) and a zoom range; see how many
// tiles and roughly how many MB first; then download with progress.

import { useEffect, useMemo, useState } from "react";
import type { MultiPolygon, Polygon } from "geojson";
import { countTiles, enumerateTileRuns, rectanglePolygon } from "../../geo/tiles/tile-enumeration";
import { sourceKeyOf } from "../../store/offline/basemap-source.config";
import { downloadRefusal, estimateDownload } from "../../store/offline/download-estimate";
import { DOWNLOAD_AREA_SOURCE_ID, downloadAreaLayers } from "../../map/basemap/basemap-source-download-area";
import { DownloadProgressView } from "./DownloadProgressView";
import { formatCount } from "./offline-format";
import { formatBytes } from "../../domain/byte-sizes";
import type { OfflineBasemap } from "./use-offline-basemap";
import type { OfflineDownload } from "./use-offline-download";
import { tileCache } from "./use-offline-services";
import { useBuiltInLayerData, useWorkspace } from "../workspace";

type AreaChoice = "commune" | "view" | "rectangle";
type Box = [number, number, number, number];

function communeArea(features: GeoJSON.Feature[] | undefined): MultiPolygon | null {
  const polygons = (features ?? []).flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type === "Polygon") return [geometry.coordinates];
    if (geometry?.type === "MultiPolygon") return geometry.coordinates;
    return [];
  });
  return polygons.length > 0 ? { type: "MultiPolygon", coordinates: polygons } : null;
}

function clampZoom(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(Number.isFinite(value) ? value : min)));
}

export function DownloadPanel({ basemap, download, capBytes }: { basemap: OfflineBasemap; download: OfflineDownload; capBytes: number }) {
  const { controller } = useWorkspace();
  const commune = useBuiltInLayerData("commune");
  const [choice, setChoice] = useState<AreaChoice>("commune");
  const [box, setBox] = useState<Box | null>(null);
  const [drawing, setDrawing] = useState<string | null>(null);
  const [minZoom, setMinZoom] = useState(10);
  const [maxZoom, setMaxZoom] = useState(14);
  const [meanTileBytes, setMeanTileBytes] = useState<number | null>(null);
  const { resolved, config } = basemap;
  const sourceMin = resolved?.minZoom ?? 0;
  const sourceMax = resolved?.maxZoom ?? 0;
  const downloadable = resolved?.access != null && !resolved.access.local;

  const area: Polygon | MultiPolygon | null = useMemo(() => {
    if (choice === "commune") return communeArea(commune?.features);
    return box ? rectanglePolygon(box) : null;
  }, [choice, commune, box]);
  const from = clampZoom(minZoom, sourceMin, sourceMax);
  const to = clampZoom(maxZoom, from, sourceMax);
  const tiles = useMemo(() => (area && downloadable ? countTiles(enumerateTileRuns(area, from, to)) : 0), [area, downloadable, from, to]);
  const tileType = config.kind === "xyz" ? config.tileType : "raster";
  const estimate = estimateDownload(tiles, meanTileBytes, tileType);
  const refusal = area && downloadable ? downloadRefusal(estimate, capBytes) : null;

  useEffect(() => {
    const key = sourceKeyOf(config);
    if (key) void tileCache.meanTileSize(key).then(setMeanTileBytes);
  }, [config, download.job?.status]);

  // The chosen rectangle is outlined on the map; the commune already is.
  useEffect(() => {
    if (!controller) return;
    if (choice !== "commune" && box) {
      const outline = { type: "Feature" as const, properties: { name: "Vùng tải về để dùng ngoại tuyến" }, geometry: rectanglePolygon(box) };
      void controller.setLayer(DOWNLOAD_AREA_SOURCE_ID, { type: "FeatureCollection", features: [outline] }, downloadAreaLayers());
    } else void controller.removeLayer(DOWNLOAD_AREA_SOURCE_ID);
  }, [controller, choice, box]);

  function chooseArea(next: AreaChoice) {
    setChoice(next);
    setBox(next === "view" && controller ? controller.viewBounds() : null);
  }

  async function drawRectangle() {
    if (!controller) return;
    setChoice("rectangle");
    try {
      setDrawing("Bấm vào bản đồ để chọn góc thứ nhất của khung…");
      const [lon1, lat1] = await controller.pickLocation();
      setDrawing("Bấm vào góc đối diện của khung…");
      const [lon2, lat2] = await controller.pickLocation();
      setBox([Math.min(lon1, lon2), Math.min(lat1, lat2), Math.max(lon1, lon2), Math.max(lat1, lat2)]);
    } finally {
      setDrawing(null);
    }
  }

  function start() {
    if (!area || !resolved?.access || refusal) return;
    const areaName = choice === "commune" ? "Ranh giới xã" : choice === "view" ? "Khung nhìn" : "Khung chữ nhật";
    void download.start({ source: config, access: resolved.access, areaName, area, minZoom: from, maxZoom: to });
  }

  return (
    <section className="offline-section" aria-labelledby="offline-download-title">
      <h2 id="offline-download-title">Tải về để dùng ngoại tuyến</h2>
      {!downloadable && (
        <p className="offline-note">
          {config.kind === "pmtiles-file"
            ? "Tệp PMTiles đã nằm trong máy nên dùng được ngoại tuyến, không cần tải."
            : "Bản đồ nền có sẵn đã dùng được ngoại tuyến. Để tải ô bản đồ, hãy chọn một nguồn XYZ hoặc PMTiles qua URL ở mục “Bản đồ nền”."}
        </p>
      )}
      <fieldset className="offline-fieldset" disabled={!downloadable || download.running}>
        <legend>Vùng tải</legend>
        <label>
          <input type="radio" name="offline-area" checked={choice === "commune"} onChange={() => chooseArea("commune")} /> Ranh giới xã
        </label>
        <label>
          <input type="radio" name="offline-area" checked={choice === "view"} onChange={() => chooseArea("view")} /> Khung nhìn hiện tại
        </label>
        <label>
          <input type="radio" name="offline-area" checked={choice === "rectangle"} onChange={() => void drawRectangle()} /> Vẽ khung chữ nhật
        </label>
        {drawing && <p className="offline-note" role="status">{drawing}</p>}
        <div className="offline-zoom">
          <label>
            Từ mức thu phóng
            <input type="number" min={sourceMin} max={sourceMax} value={from} onChange={(event) => setMinZoom(event.target.valueAsNumber)} />
          </label>
          <label>
            Đến mức thu phóng
            <input type="number" min={from} max={sourceMax} value={to} onChange={(event) => setMaxZoom(event.target.valueAsNumber)} />
          </label>
        </div>
      </fieldset>
      {downloadable && area && (
        <p className="offline-estimate" data-testid="download-estimate">
          Ước tính: {formatCount(estimate.tiles)} ô, khoảng {formatBytes(estimate.bytes)}
          {estimate.measured ? " (theo cỡ ô đã lưu)" : ""}.
        </p>
      )}
      {refusal && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
      <button type="button" className="offline-primary" disabled={!downloadable || !area || refusal !== null || download.running} onClick={start}>
        Tải về để dùng ngoại tuyến
      </button>
      {download.error && (
        <p className="error" role="alert">
          {download.error}
        </p>
      )}
      <DownloadProgressView download={download} />
    </section>
  );
}
