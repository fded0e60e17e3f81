// The descriptive fields of the incident form: kind, title, category,
// severity, time of occurrence, description, people involved, officer.

import type { Category } from "../../domain/incident-categories";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";
import { INCIDENT_KINDS, type IncidentKind } from "../../domain/incident";
import type { FormFields } from "./use-incident-form";
import { classificationOf } from "../../domain/classification";
import { ClassificationSelect } from "../roles";

/** ISO → the value of a datetime-local input, in the device's time zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

interface Props {
  fields: FormFields;
  categories: readonly Category[];
  onChange: (fields: Partial<FormFields>) => void;
}

export function IncidentFormFields({ fields, categories, onChange }: Props) {
  return (
    <>
      <fieldset className="incident-kind">
        <legend>Loại bản ghi</legend>
        {INCIDENT_KINDS.map((kind) => (
          <label key={kind.id}>
            <input type="radio" name="incident-kind" checked={fields.kind === kind.id} onChange={() => onChange({ kind: kind.id as IncidentKind })} />
            {kind.label}
          </label>
        ))}
      </fieldset>
      <label>
        Tiêu đề
        <input aria-label="Tiêu đề" value={fields.title} onChange={(event) => onChange({ title: event.target.value })} placeholder="Tóm tắt ngắn gọn" />
      </label>
      <label>
        Loại vụ việc
        <select aria-label="Loại vụ việc" value={fields.category} onChange={(event) => onChange({ category: event.target.value })}>
          <option value="">— Chọn loại —</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Mức độ
        <select aria-label="Mức độ" value={fields.severity} onChange={(event) => onChange({ severity: event.target.value })}>
          {INCIDENT_SEVERITIES.map((severity) => (
            <option key={severity.id} value={severity.id}>
              {severity.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Thời gian xảy ra
        <input aria-label="Thời gian xảy ra"
          type="datetime-local"
          value={toLocalInput(fields.occurredAt)}
          onChange={(event) => {
            const time = new Date(event.target.value);
            if (!Number.isNaN(time.getTime())) onChange({ occurredAt: time.toISOString() });
          }}
        />
      </label>
      <label>
        Mô tả
        <textarea aria-label="Mô tả" rows={3} value={fields.description} onChange={(event) => onChange({ description: event.target.value })} />
      </label>
      <label>
        Người, đơn vị liên quan
        <textarea aria-label="Người, đơn vị liên quan" rows={2} value={fields.involved} onChange={(event) => onChange({ involved: event.target.value })} />
      </label>
      <label>
        Cán bộ phụ trách
        <input aria-label="Cán bộ phụ trách" value={fields.responsibleOfficer} onChange={(event) => onChange({ responsibleOfficer: event.target.value })} />
      </label>
      <ClassificationSelect value={classificationOf(fields)} onChange={(classification) => onChange({ classification })} />
    </>
  );
}
