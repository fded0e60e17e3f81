// Picks where the incidents ("Vụ việc") an analysis lists come from: the
// police's own records (default), an imported layer, or none.

import type { AnalysisInputs } from "./use-analysis-inputs";
import { POLICE_RECORDS } from "./use-incident-layer-features";

export function AnalysisIncidentSelect({ inputs, value, onChange, label }: { inputs: AnalysisInputs; value: string; onChange: (id: string) => void; label: string }) {
  return (
    <label className="analysis-field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={POLICE_RECORDS}>Vụ việc do Công an xã ghi nhận</option>
        <option value="">(không có)</option>
        {inputs.importedLayers.map((layer) => (
          <option key={layer.id} value={layer.id}>
            {layer.name}
          </option>
        ))}
      </select>
    </label>
  );
}
