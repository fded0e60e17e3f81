// "Độ mật" chooser of a record or layer form (incident, drill plan, layer settings).

import { CLASSIFICATIONS, type Classification } from "../../domain/classification";
import "./roles.css";

interface Props {
  value: Classification;
  onChange: (classification: Classification) => void;
  disabled?: boolean;
  /** Accessible name; "Độ mật" unless a list holds several choosers (e.g. "Độ mật lớp Chốt dân quân"). */
  label?: string;
  /** Shown beside the chooser when the accessible name is longer than the row needs. */
  visibleLabel?: string;
}

export function ClassificationSelect({ value, onChange, disabled, label = "Độ mật", visibleLabel }: Props) {
  return (
    <label className={visibleLabel ? "classification-select compact" : "classification-select"}>
      {visibleLabel ?? label}
      <select aria-label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as Classification)}>
        {CLASSIFICATIONS.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </select>
    </label>
  );
}
