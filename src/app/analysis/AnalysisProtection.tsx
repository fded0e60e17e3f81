// "Bảo vệ đất quốc phòng": protection corridors around the parcels, the
// incidents and hotspots inside a parcel or its corridor, and the parcels'
// data problems (overlaps, outside the commune, self-intersections).

import { useEffect, useMemo, useState } from "react";
import type { CsvColumn } from "../../io/csv/csv-writer";
import { protectionFeatures } from "../../geo/analysis-results/analysis-features";
import type { ProtectionFlag } from "../../geo/border-protection/defence-land-protection";
import type { ProtectionResult } from "../../geo/border-protection/protection-analysis";
import { analysisInputKey } from "../../workers/analysis-input-key";
import { AnalysisExport } from "./AnalysisExport";
import { AnalysisIncidentSelect } from "./AnalysisIncidentSelect";
import { AnalysisJobStatus, AnalysisWarnings } from "./AnalysisJobStatus";
import { NumberField, numberFrom } from "../ui";
import type { AnalysisInputs } from "./use-analysis-inputs";
import { POLICE_RECORDS, useIncidentLayerFeatures } from "./use-incident-layer-features";
import { useAnalysisJob } from "./use-analysis-job";
import { useAnalysisMapLayer } from "./use-analysis-map-layer";

const TITLE = "Bảo vệ đất quốc phòng";

const COLUMNS: CsvColumn<ProtectionFlag>[] = [
  { header: "Loại", value: (row) => (row.kind === "incident" ? "Vụ việc" : "Điểm nóng") },
  { header: "Mã", value: (row) => row.id },
  { header: "Tên", value: (row) => row.name },
  { header: "Thửa", value: (row) => row.parcelName },
  { header: "Vị trí", value: (row) => (row.where === "parcel" ? "trong thửa" : "trong hành lang") },
];

export function AnalysisProtection({ inputs }: { inputs: AnalysisInputs }) {
  const [width, setWidth] = useState("50");
  const [useParcelWidth, setUseParcelWidth] = useState(true);
  const [incidentLayer, setIncidentLayer] = useState(POLICE_RECORDS);
  const incidents = useIncidentLayerFeatures(inputs, incidentLayer);
  const [requested, setRequested] = useState(false);
  const job = useAnalysisJob<ProtectionResult>();
  const request = useMemo(() => {
    const input = {
      parcels: inputs.defenceLand,
      area: inputs.commune,
      widthMetres: numberFrom(width),
      useParcelWidth,
      watched: [
        { kind: "incident" as const, features: incidents },
        { kind: "hotspot" as const, features: inputs.hotspots },
      ],
    };
    return { input, key: analysisInputKey("protection", input) };
  }, [inputs, width, useParcelWidth, incidents]);
  const { run } = job;
  useEffect(() => {
    if (requested && inputs.loaded) void run(request.key, (api) => api.protection(request.input));
  }, [requested, inputs.loaded, request, run]);
  const result = job.state.status === "done" ? job.state.result : null;
  const features = useMemo(() => (result ? protectionFeatures(result) : null), [result]);
  useAnalysisMapLayer("protection", features);

  return (
    <section className="analysis-section" aria-labelledby="analysis-protection-title">
      <h3 id="analysis-protection-title">{TITLE}</h3>
      <div className="analysis-fields">
        <NumberField label="Độ rộng hành lang bảo vệ (m)" value={width} onChange={setWidth} step={5} />
        <AnalysisIncidentSelect inputs={inputs} value={incidentLayer} onChange={setIncidentLayer} label="Lớp vụ việc" />
      </div>
      <label className="analysis-check">
        <input type="checkbox" checked={useParcelWidth} onChange={(event) => setUseParcelWidth(event.target.checked)} />
        Ưu tiên độ rộng ghi trong thuộc tính từng thửa
      </label>
      <button type="button" className="analysis-run" onClick={() => setRequested(true)}>
        Kiểm tra hành lang bảo vệ
      </button>
      <AnalysisJobStatus state={job.state} title={TITLE} onCancel={job.cancel} />
      {result && (
        <div className="analysis-result" data-testid="protection-result">
          <AnalysisWarnings warnings={result.warnings} />
          <p className="analysis-headline">
            {result.corridors.length} thửa có hành lang; <strong>{result.flags.length}</strong> vụ việc/điểm nóng nằm trong thửa hoặc hành lang.
          </p>
          <ul className="analysis-list" aria-label="Vụ việc, điểm nóng trong đất quốc phòng">
            {result.flags.map((flag, index) => (
              <li key={index}>
                {flag.kind === "incident" ? "Vụ việc" : "Điểm nóng"} “{flag.name}” {flag.where === "parcel" ? "nằm trong thửa" : "nằm trong hành lang của"} “{flag.parcelName}”.
              </li>
            ))}
          </ul>
          <div role="group" aria-label="Lỗi dữ liệu đất quốc phòng">
            <strong>Lỗi dữ liệu ({result.problems.length})</strong>
            {result.problems.length === 0 ? <span> — không phát hiện chồng lấn hay thửa nằm ngoài xã.</span> : (
              <ul className="analysis-list">
                {result.problems.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            )}
          </div>
          <AnalysisExport baseName="bao-ve-dat-quoc-phong" title={TITLE} columns={COLUMNS} rows={result.flags} features={features} />
        </div>
      )}
    </section>
  );
}
