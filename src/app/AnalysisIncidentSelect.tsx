// Picks which imported layer holds the incidents ("Vụ việc") an analysis
// should list; none by default.

import type { AnalysisInputs } from "./use-analysis-inputs";

export function AnalysisIncidentSelect({ inputs, value, onChange, label }: { inputs: AnalysisInputs; value: string; onChange: (id: string) => void; label: string }) {
  return (
    <label className="analysis-field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
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
