// How an incoming record relates to ours, from the revision stamps each save
// appends (store/drill-record-revisions.ts):
//   new       — we do not have it;
//   unchanged — same version, or ours already descends from it;
//   updated   — it descends from our version (a later edit of the same record): take it;
//   conflict  — both sides edited since they last agreed: keep ours, and keep
//               theirs as a separate copy, so nothing is lost on either side.

import type { RevisedRecord } from "./record-guards";

export type MergeOutcome = "new" | "unchanged" | "updated" | "conflict";

export function classifyRecord(local: RevisedRecord | undefined, incoming: RevisedRecord): MergeOutcome {
  if (!local) return "new";
  if (local.updatedAt === incoming.updatedAt) return "unchanged";
  if (local.revisions.includes(incoming.updatedAt)) return "unchanged";
  if (incoming.revisions.includes(local.updatedAt)) return "updated";
  return "conflict";
}

export interface MergeTally {
  new: number;
  unchanged: number;
  updated: number;
  conflict: number;
}

export function emptyTally(): MergeTally {
  return { new: 0, unchanged: 0, updated: 0, conflict: 0 };
}

/** Canonical JSON (sorted keys) for content comparison of layers. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return inner;
  });
}
