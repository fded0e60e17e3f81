// The early warnings of a record (defence land, border belt, active hotspot),
// shown on the form before saving and on the record afterwards.

import type { IncidentWarning } from "../../domain/incident";

export function IncidentWarnings({ warnings, live = false }: { warnings: readonly IncidentWarning[]; live?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <div className="incident-warnings" role={live ? "alert" : undefined} aria-label="Cảnh báo sớm">
      <strong>Cảnh báo sớm</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.message}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}
