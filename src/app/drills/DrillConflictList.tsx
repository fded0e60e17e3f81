// Conflicts of the plan, listed where the commander edits it.

import type { DrillConflict } from "../../geo/drills/drill-conflicts";

export function DrillConflictList({ conflicts }: { conflicts: DrillConflict[] }) {
  return (
    <section aria-labelledby="drill-conflicts-title">
      <h3 id="drill-conflicts-title">Kiểm tra xung đột</h3>
      {conflicts.length === 0 ? (
        <p className="muted" data-testid="drill-no-conflicts">
          Không phát hiện xung đột.
        </p>
      ) : (
        <ul className="drill-conflicts" role="alert" aria-label="Các xung đột của kế hoạch">
          {conflicts.map((conflict, index) => (
            <li key={`${conflict.kind}-${index}`}>{conflict.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
