// "Vùng phủ chốt dân quân": settings (posts, radius or travel time, next-post
// suggestion), the run in the worker, and the result on the map and below.
// Once run, it re-runs by itself when its inputs change (cached by input).

import { useEffect, useMemo, useState } from "react";
import type { CoverageInput } from "../../geo/coverage/coverage-analysis";
import { featureId } from "../../geo/shapes/feature-identity";
import { DEFAULT_TRAVEL_SPEEDS } from "../../geo/travel-time/road-speeds";
import { coverageFeatures } from "../../geo/analysis-results/analysis-features";
import { analysisInputKey } from "../../workers/analysis-input-key";
import type { SuggestionRequest } from "../../workers/analysis.worker";
import { AnalysisCoverageResults, type CoverageOutcome } from "./AnalysisCoverageResults";
import { AnalysisJobStatus } from "./AnalysisJobStatus";
import { NumberField, numberFrom } from "../ui";
import { AnalysisPostPicker } from "./AnalysisPostPicker";
import type { AnalysisInputs } from "./use-analysis-inputs";
import { useAnalysisJob } from "./use-analysis-job";
import { useAnalysisMapLayer } from "./use-analysis-map-layer";

const TITLE = "Vùng phủ chốt dân quân";

export function AnalysisCoverage({ inputs }: { inputs: AnalysisInputs }) {
  const [mode, setMode] = useState<"radius" | "travel">("radius");
  const [radius, setRadius] = useState("1000");
  const [minutes, setMinutes] = useState("15");
  const [usePostValues, setUsePostValues] = useState(false);
  const [suggest, setSuggest] = useState(true);
  const [suggestCount, setSuggestCount] = useState("1");
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [requested, setRequested] = useState(false);
  const job = useAnalysisJob<CoverageOutcome>();

  const request = useMemo(() => {
    const posts = inputs.posts.filter((post, index) => !excluded.has(featureId(post, index)));
    const input: CoverageInput = {
      posts,
      area: inputs.commune,
      villages: inputs.villages,
      hotspots: inputs.hotspots,
      mode:
        mode === "radius"
          ? { kind: "radius", radiusMetres: numberFrom(radius), usePostAttribute: usePostValues }
          : { kind: "travel", minutes: numberFrom(minutes), usePostAttribute: usePostValues, roads: inputs.roads, speeds: DEFAULT_TRAVEL_SPEEDS },
    };
    const suggestion: SuggestionRequest | null = suggest ? { count: Math.max(1, Math.min(5, Math.round(numberFrom(suggestCount)))), objective: "population" } : null;
    return { input, suggestion, key: analysisInputKey("coverage", { input, suggestion }) };
  }, [inputs, excluded, mode, radius, minutes, usePostValues, suggest, suggestCount]);

  const { run } = job;
  useEffect(() => {
    if (!requested || !inputs.loaded) return;
    void run(request.key, (api, progress) => api.coverage(request.input, request.suggestion, progress));
  }, [requested, inputs.loaded, request, run]);

  const result = job.state.status === "done" ? job.state.result : null;
  const features = useMemo(() => (result ? coverageFeatures(result, result.suggestions) : null), [result]);
  useAnalysisMapLayer("coverage", features);

  return (
    <section className="analysis-section" aria-labelledby="analysis-coverage-title">
      <h3 id="analysis-coverage-title">{TITLE}</h3>
      <AnalysisPostPicker posts={inputs.posts} excluded={excluded} onChange={setExcluded} />
      <fieldset className="analysis-mode">
        <legend>Cách tính</legend>
        <label>
          <input type="radio" name="coverage-mode" checked={mode === "radius"} onChange={() => setMode("radius")} /> Theo bán kính
        </label>
        <label>
          <input type="radio" name="coverage-mode" checked={mode === "travel"} onChange={() => setMode("travel")} /> Theo thời gian di chuyển trên đường
        </label>
      </fieldset>
      <div className="analysis-fields">
        {/* One reach setting per mode: the suggestion uses the same mode, so travel time needs no radius. */}
        {mode === "radius" ? <NumberField label="Bán kính (m)" value={radius} onChange={setRadius} step={100} /> : <NumberField label="Thời gian (phút)" value={minutes} onChange={setMinutes} />}
      </div>
      <label className="analysis-check">
        <input type="checkbox" checked={usePostValues} onChange={(event) => setUsePostValues(event.target.checked)} />
        Dùng {mode === "radius" ? "bán kính" : "thời gian phản ứng"} riêng ghi trong thuộc tính từng chốt
      </label>
      {mode === "travel" && (
        <p className="analysis-note">
          Mô hình: đi bộ {DEFAULT_TRAVEL_SPEEDS.walking} km/h tới đường gần nhất, xe máy trên quốc lộ/đường Hồ Chí Minh {DEFAULT_TRAVEL_SPEEDS.byRoadClass["quoc-lo"]} km/h, tỉnh lộ{" "}
          {DEFAULT_TRAVEL_SPEEDS.byRoadClass["tinh-lo"]} km/h, đường khác {DEFAULT_TRAVEL_SPEEDS.defaultRoad} km/h, rồi đi bộ phần thời gian còn lại.
        </p>
      )}
      <div className="analysis-fields">
        <label className="analysis-check">
          <input type="checkbox" checked={suggest} onChange={(event) => setSuggest(event.target.checked)} />
          Đề xuất vị trí chốt tiếp theo
        </label>
        {suggest && <NumberField label="Số vị trí đề xuất" value={suggestCount} onChange={setSuggestCount} />}
      </div>
      <button type="button" className="analysis-run" onClick={() => (requested ? void run(request.key, (api, progress) => api.coverage(request.input, request.suggestion, progress)) : setRequested(true))}>
        Tính vùng phủ
      </button>
      <AnalysisJobStatus state={job.state} title={TITLE} onCancel={job.cancel} />
      {result && <AnalysisCoverageResults result={result} features={features} />}
    </section>
  );
}
