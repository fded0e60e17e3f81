// Revision stamps shared by the drill, inspection and patrol stores: every save
// appends its updatedAt to `revisions` (capped), so an exchange package can
// tell an incoming version that descends from ours from a conflicting one.

const MAX_REVISIONS = 200;

export interface Revised {
  updatedAt: string;
  revisions: string[];
}

/** A copy stamped as a new version saved at `now` (never earlier than the last one). */
export function stampRevision<T extends Revised>(record: T, now: string): T {
  const last = record.revisions.at(-1) ?? "";
  const updatedAt = last === "" || now > last ? now : new Date(Date.parse(last) + 1).toISOString();
  return { ...record, updatedAt, revisions: [...record.revisions, updatedAt].slice(-MAX_REVISIONS) };
}
