// A titled list of features found inside an analysis area (belt, corridor).

import type { MemberRow } from "../../geo/indexes/points-in-shape";

export function AnalysisMemberList({ title, rows, showShare = false }: { title: string; rows: readonly MemberRow[]; showShare?: boolean }) {
  return (
    <div className="analysis-members" role="group" aria-label={title}>
      <strong>
        {title} ({rows.length})
      </strong>
      {rows.length === 0 ? (
        <span> — không có</span>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              {row.name}
              {showShare && row.share < 1 && ` (${Math.round(row.share * 100)}% diện tích)`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
