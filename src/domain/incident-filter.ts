// What the officer filters and sorts the incident list by. Empty sets mean
// "any". Times are epoch milliseconds (inclusive bounds).

import type { IncidentKind } from "./incident";
import type { IncidentStatus } from "./incident-lifecycle";

export type IncidentSort = "occurred-desc" | "occurred-asc" | "severity-desc" | "updated-desc";

export const INCIDENT_SORTS: readonly { id: IncidentSort; label: string }[] = [
  { id: "occurred-desc", label: "Mới xảy ra trước" },
  { id: "occurred-asc", label: "Cũ trước" },
  { id: "severity-desc", label: "Mức độ cao trước" },
  { id: "updated-desc", label: "Mới cập nhật trước" },
];

export interface IncidentFilter {
  text: string;
  kinds: ReadonlySet<IncidentKind>;
  categories: ReadonlySet<string>;
  statuses: ReadonlySet<IncidentStatus>;
  severities: ReadonlySet<string>;
  /** Village ids; "" stands for "outside every village". */
  villages: ReadonlySet<string>;
  from: number | null;
  to: number | null;
  /** false: live records only; true: the recycle bin (soft-deleted only). */
  deleted: boolean;
  /** Only records carrying an early warning. */
  warningsOnly: boolean;
}

export function emptyFilter(): IncidentFilter {
  return {
    text: "",
    kinds: new Set(),
    categories: new Set(),
    statuses: new Set(),
    severities: new Set(),
    villages: new Set(),
    from: null,
    to: null,
    deleted: false,
    warningsOnly: false,
  };
}
