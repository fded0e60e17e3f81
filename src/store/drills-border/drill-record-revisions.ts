// Revision stamps shared by the drill, inspection and patrol stores: every save
// appends its updatedAt to `revisions` (capped), so an exchange package can
// tell an incoming version that descends from ours from a conflicting one.

const MAX_REVISIONS = 200;

export interface Revised {
  updatedAt: string;
  revisions: string[];
  /** Who saved this version: "name (role)" of the device profile; absent on records saved before roles. */
  updatedBy?: string;
}

/** A copy stamped as a new version saved at `now` (never earlier than the last one), by `actor` when given. */
export function stampRevision<T extends Revised>(record: T, now: string, actor?: string): T {
  const last = record.revisions.at(-1) ?? "";
  const updatedAt = last === "" || now > last ? now : new Date(Date.parse(last) + 1).toISOString();
  return { ...record, ...(actor ? { updatedBy: actor } : {}), updatedAt, revisions: [...record.revisions, updatedAt].slice(-MAX_REVISIONS) };
}
