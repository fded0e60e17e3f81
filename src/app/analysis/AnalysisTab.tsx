// The "Phân tích" tab: measure, distances, militia coverage, border belt and
// defence-land protection. Heavy analyses run in workers; results go on the
// map as `analysis-…` layers and into exportable tables.

import { AnalysisBorderBelt } from "./AnalysisBorderBelt";
import { AnalysisCoverage } from "./AnalysisCoverage";
import { AnalysisDistances } from "./AnalysisDistances";
import { AnalysisProtection } from "./AnalysisProtection";
import { MeasurePanel } from "./MeasurePanel";
import { useHeldWhileHidden } from "../ui";
import { useAnalysisInputs } from "./use-analysis-inputs";

export function AnalysisTab() {
  // Hidden, the tab keeps the inputs it last showed: nothing below re-keys or re-indexes on every edit.
  const inputs = useHeldWhileHidden(useAnalysisInputs());
  return (
    <div className="analysis-tab">
      <h2>Phân tích</h2>
      <p className="analysis-note">Khoảng cách và diện tích tính trên elipxoit WGS84. Kết quả hiện trên bản đồ và tải về được (CSV, GeoJSON).</p>
      <MeasurePanel />
      <AnalysisCoverage inputs={inputs} />
      <AnalysisDistances inputs={inputs} />
      <AnalysisBorderBelt inputs={inputs} />
      <AnalysisProtection inputs={inputs} />
    </div>
  );
}
