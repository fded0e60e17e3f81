// "Khoảng cách": for the feature selected on the map, its nearest post,
// headquarters and border station; every hotspot's distance to its nearest
// post (lines on the map); every border marker's distance to the station and
// the nearest post. Tables are exportable.

import { useEffect, useMemo, useState } from "react";
import type { Feature } from "geojson";
import type { CsvColumn } from "../../io/csv/csv-writer";
import { distanceFeatures } from "../../geo/analysis-results/analysis-features";
import { formatBearing, formatMetres } from "../../geo/geodesy/compass";
import type { DistanceResult } from "../../geo/distances/distance-analysis";
import { nearestToFeature, type NearestRow } from "../../geo/distances/distance-tables";
import type { MarkerDistanceRow } from "../../geo/distances/distance-tables";
import type { FeatureSelection } from "../../map/map-controller";
import { analysisInputKey } from "../../workers/analysis-input-key";
import { AnalysisExport } from "./AnalysisExport";
import { AnalysisJobStatus, AnalysisWarnings } from "./AnalysisJobStatus";
import type { AnalysisInputs } from "./use-analysis-inputs";
import { useAnalysisJob } from "./use-analysis-job";
import { useAnalysisMapLayer } from "./use-analysis-map-layer";
import { useWorkspace } from "../workspace";
import { useHeldWhileHidden } from "../ui";

const TITLE = "Khoảng cách";

const HOTSPOT_COLUMNS: CsvColumn<NearestRow>[] = [
  { header: "Mã điểm nóng", value: (row) => row.id },
  { header: "Điểm nóng", value: (row) => row.name },
  { header: "Chốt gần nhất", value: (row) => row.nearestName },
  { header: "Khoảng cách (m)", value: (row) => (row.metres === null ? null : Math.round(row.metres)) },
  { header: "Phương vị (độ)", value: (row) => (row.bearing === null ? null : Math.round(row.bearing)) },
];

const MARKER_COLUMNS: CsvColumn<MarkerDistanceRow>[] = [
  { header: "Cột mốc", value: (row) => row.name },
  { header: "Đồn Biên phòng", value: (row) => row.station.nearestName },
  { header: "Tới Đồn (m)", value: (row) => (row.station.metres === null ? null : Math.round(row.station.metres)) },
  { header: "Chốt gần nhất", value: (row) => row.post.nearestName },
  { header: "Tới chốt (m)", value: (row) => (row.post.metres === null ? null : Math.round(row.post.metres)) },
];

function useSelection(): FeatureSelection | null {
  const { controller } = useWorkspace();
  const [selection, setSelection] = useState<FeatureSelection | null>(null);
  useEffect(() => controller?.onSelectionChange(setSelection), [controller]);
  return selection;
}

function SelectedFeatureNearest({ inputs }: { inputs: AnalysisInputs }) {
  const selection = useHeldWhileHidden(useSelection());
  const nearest = useMemo(() => {
    if (!selection) return null;
    const feature: Feature = { type: "Feature", properties: selection.properties, geometry: { type: "Point", coordinates: selection.lngLat } };
    return nearestToFeature(feature, { posts: inputs.posts, headquarters: inputs.headquarters, stations: inputs.stations });
  }, [selection, inputs]);
  if (!selection || !nearest) return <p className="analysis-note">Bấm một đối tượng trên bản đồ để xem chốt, trụ sở và Đồn Biên phòng gần nhất.</p>;
  const line = (label: string, row: NearestRow | null) => (
    <li>
      {label}: {row?.nearestName ? `${row.nearestName} — ${formatMetres(row.metres ?? NaN)}, hướng ${formatBearing(row.bearing ?? 0)}` : "không có dữ liệu"}
    </li>
  );
  return (
    <div aria-label="Gần đối tượng đã chọn" role="group">
      <p>
        Từ <strong>{String(selection.properties.name ?? "vị trí đã bấm")}</strong>
        {selection.geometryType !== "Point" && " (đo từ điểm đã bấm trên vùng/tuyến)"}:
      </p>
      <ul className="analysis-list">
        {line("Chốt dân quân gần nhất", nearest.post)}
        {line("Trụ sở gần nhất", nearest.headquarters)}
        {line("Đồn Biên phòng gần nhất", nearest.station)}
      </ul>
    </div>
  );
}

export function AnalysisDistances({ inputs }: { inputs: AnalysisInputs }) {
  const job = useAnalysisJob<DistanceResult>();
  const [requested, setRequested] = useState(false);
  const request = useMemo(() => {
    const input = { hotspots: inputs.hotspots, posts: inputs.posts, markers: inputs.markers, stations: inputs.stations };
    return { input, key: analysisInputKey("distances", input) };
  }, [inputs]);
  const { run } = job;
  useEffect(() => {
    if (requested && inputs.loaded) void run(request.key, (api) => api.distances(request.input));
  }, [requested, inputs.loaded, request, run]);
  const result = job.state.status === "done" ? job.state.result : null;
  const features = useMemo(() => (result ? distanceFeatures(result) : null), [result]);
  useAnalysisMapLayer("distances", features);

  return (
    <section className="analysis-section" aria-labelledby="analysis-distances-title">
      <h3 id="analysis-distances-title">{TITLE}</h3>
      <SelectedFeatureNearest inputs={inputs} />
      <button type="button" className="analysis-run" onClick={() => setRequested(true)}>
        Tính bảng khoảng cách
      </button>
      <AnalysisJobStatus state={job.state} title={TITLE} onCancel={job.cancel} />
      {result && (
        <div className="analysis-result">
          <AnalysisWarnings warnings={result.warnings} />
          <table className="analysis-table" aria-label="Điểm nóng – chốt gần nhất">
            <caption>Điểm nóng → chốt dân quân gần nhất</caption>
            <thead>
              <tr>
                <th>Điểm nóng</th>
                <th>Chốt gần nhất</th>
                <th>Khoảng cách</th>
              </tr>
            </thead>
            <tbody>
              {result.hotspots.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>{row.nearestName ?? "—"}</td>
                  <td>
                    {formatMetres(row.metres ?? NaN)}
                    {row.bearing !== null && <span className="analysis-bearing"> {formatBearing(row.bearing)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AnalysisExport baseName="khoang-cach-diem-nong" title="Điểm nóng – chốt gần nhất" columns={HOTSPOT_COLUMNS} rows={result.hotspots} features={features} />
          <table className="analysis-table" aria-label="Cột mốc – Đồn và chốt">
            <caption>Cột mốc → Đồn Biên phòng và chốt gần nhất</caption>
            <thead>
              <tr>
                <th>Cột mốc</th>
                <th>Tới Đồn</th>
                <th>Tới chốt</th>
              </tr>
            </thead>
            <tbody>
              {result.markers.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>{formatMetres(row.station.metres ?? NaN)}</td>
                  <td>
                    {formatMetres(row.post.metres ?? NaN)} {row.post.nearestName && `(${row.post.nearestName})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AnalysisExport baseName="khoang-cach-cot-moc" title="Cột mốc – Đồn và chốt" columns={MARKER_COLUMNS} rows={result.markers} features={null} />
        </div>
      )}
    </section>
  );
}
