// "Vành đai biên giới": the strip of a chosen width (default 1,000 m) along
// the border inside the commune, drawn on the map, with the villages, posts,
// hotspots, incidents and markers inside it.

import { useEffect, useMemo, useState } from "react";
import type { CsvColumn } from "../../io/csv/csv-writer";
import { borderBeltFeatures } from "../../geo/analysis-results/analysis-features";
import type { BeltMemberKind, BorderBeltResult } from "../../geo/border-protection/border-belt-analysis";
import { DEFAULT_BORDER_BELT_WIDTH_METRES } from "../../geo/border-protection/border-belt";
import { formatSquareMetres } from "../../geo/geodesy/compass";
import type { MemberRow } from "../../geo/indexes/points-in-shape";
import { analysisInputKey } from "../../workers/analysis-input-key";
import { AnalysisExport } from "./AnalysisExport";
import { AnalysisIncidentSelect } from "./AnalysisIncidentSelect";
import { AnalysisJobStatus, AnalysisWarnings } from "./AnalysisJobStatus";
import { AnalysisMemberList } from "./AnalysisMemberList";
import { NumberField, numberFrom } from "../ui";
import type { AnalysisInputs } from "./use-analysis-inputs";
import { POLICE_RECORDS, useIncidentLayerFeatures } from "./use-incident-layer-features";
import { useAnalysisJob } from "./use-analysis-job";
import { useAnalysisMapLayer } from "./use-analysis-map-layer";

const TITLE = "Vành đai biên giới";

const KIND_LABELS: Record<BeltMemberKind, string> = {
  villages: "Thôn / bản",
  posts: "Chốt dân quân",
  hotspots: "Điểm nóng",
  incidents: "Vụ việc",
  markers: "Cột mốc",
};

type Row = MemberRow & { kind: string };
const COLUMNS: CsvColumn<Row>[] = [
  { header: "Loại", value: (row) => row.kind },
  { header: "Mã", value: (row) => row.id },
  { header: "Tên", value: (row) => row.name },
  { header: "Tỷ lệ trong vành đai (%)", value: (row) => Math.round(row.share * 100) },
];

export function AnalysisBorderBelt({ inputs }: { inputs: AnalysisInputs }) {
  const [width, setWidth] = useState(String(DEFAULT_BORDER_BELT_WIDTH_METRES));
  const [incidentLayer, setIncidentLayer] = useState(POLICE_RECORDS);
  const incidents = useIncidentLayerFeatures(inputs, incidentLayer);
  const [requested, setRequested] = useState(false);
  const job = useAnalysisJob<BorderBeltResult>();
  const widthMetres = numberFrom(width);
  const request = useMemo(() => {
    const input = {
      borderLines: inputs.borderLines,
      area: inputs.commune,
      widthMetres,
      layers: { villages: inputs.villages, posts: inputs.posts, hotspots: inputs.hotspots, markers: inputs.markers, incidents: incidents },
    };
    return { input, key: analysisInputKey("border-belt", input) };
  }, [inputs, widthMetres, incidents]);
  const { run } = job;
  useEffect(() => {
    if (requested && inputs.loaded) void run(request.key, (api) => api.borderBelt(request.input));
  }, [requested, inputs.loaded, request, run]);
  const result = job.state.status === "done" ? job.state.result : null;
  const features = useMemo(() => (result ? borderBeltFeatures(result, widthMetres) : null), [result, widthMetres]);
  useAnalysisMapLayer("border-belt", features);
  const rows: Row[] = result ? (Object.keys(KIND_LABELS) as BeltMemberKind[]).flatMap((kind) => result.members[kind].map((row) => ({ ...row, kind: KIND_LABELS[kind] }))) : [];

  return (
    <section className="analysis-section" aria-labelledby="analysis-belt-title">
      <h3 id="analysis-belt-title">{TITLE}</h3>
      <div className="analysis-fields">
        <NumberField label="Độ rộng vành đai (m)" value={width} onChange={setWidth} step={100} />
        <AnalysisIncidentSelect inputs={inputs} value={incidentLayer} onChange={setIncidentLayer} label="Lớp vụ việc" />
      </div>
      <button type="button" className="analysis-run" onClick={() => setRequested(true)}>
        Vẽ vành đai biên giới
      </button>
      <AnalysisJobStatus state={job.state} title={TITLE} onCancel={job.cancel} />
      {result && (
        <div className="analysis-result" data-testid="border-belt-result">
          <p className="analysis-headline">
            Vành đai {widthMetres.toLocaleString("vi-VN")} m trong xã: <strong>{formatSquareMetres(result.areaM2)}</strong>.
          </p>
          <AnalysisWarnings warnings={result.warnings} />
          {(Object.keys(KIND_LABELS) as BeltMemberKind[]).map((kind) => (
            <AnalysisMemberList key={kind} title={`${KIND_LABELS[kind]} trong vành đai`} rows={result.members[kind]} showShare={kind === "villages"} />
          ))}
          <AnalysisExport baseName="vanh-dai-bien-gioi" title={TITLE} columns={COLUMNS} rows={rows} features={features} />
        </div>
      )}
    </section>
  );
}
