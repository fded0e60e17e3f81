// One field of a layer's attribute form, drawn from its declaration
// (layer-attributes.ts): text, number with its unit, list of values, date,
// yes/no, or a computed value shown but never typed. The field's problem,
// if any, is shown under it and tied to it for screen readers.

import type { AttributeField } from "../../domain/layer-attributes";

interface Props {
  field: AttributeField;
  value: string | boolean | undefined;
  computed?: string;
  problem?: string;
  onChange: (value: string | boolean) => void;
}

export function AttributeFieldInput({ field, value, computed, problem, onChange }: Props) {
  const id = `edit-field-${field.key}`;
  const problemId = `${id}-problem`;
  const common = { id, "aria-invalid": problem ? true : undefined, "aria-describedby": problem ? problemId : undefined };
  const label = (
    <label htmlFor={id}>
      {field.label}
      {"unit" in field && field.unit ? ` (${field.unit})` : ""}
      {field.required && <span className="editing-required" aria-hidden="true"> *</span>}
    </label>
  );
  let input;
  switch (field.kind) {
    case "yes-no":
      return (
        <div className="editing-field editing-field-check">
          <input type="checkbox" {...common} checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          {label}
        </div>
      );
    case "computed":
      input = (
        <output id={id} className="editing-computed">
          {computed ?? "—"}
          {field.hint && <span className="muted"> · {field.hint}</span>}
        </output>
      );
      break;
    case "choice":
      input = (
        <select {...common} required={field.required} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)}>
          <option value="">— Chọn —</option>
          {field.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    case "date":
      input = <input type="date" {...common} required={field.required} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)} />;
      break;
    case "number":
      input = <input type="text" inputMode="decimal" {...common} required={field.required} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)} />;
      break;
    case "text":
      input = field.multiline ? (
        <textarea {...common} rows={2} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" {...common} required={field.required} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)} />
      );
      break;
  }
  return (
    <div className="editing-field">
      {label}
      {input}
      {field.hint && field.kind !== "computed" && <span className="muted editing-hint">{field.hint}</span>}
      {problem && (
        <span id={problemId} className="editing-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
