// Which rows of one table a committed write touched, wherever it was written:
// this page, another tab of the app, or a worker of the same origin. Dexie
// fires `storagemutated` for every committed read-write transaction and
// broadcasts it between tabs and workers (BroadcastChannel); the primary-key
// part of its ObservabilitySet names the written keys. A range wider than one
// key (a `clear()`, a `deleteRange`) is reported as "all": re-read the table.

import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from "dexie";

export type TableChange = { kind: "keys"; keys: string[] } | { kind: "all" };

function keysOf(tree: IntervalTree | undefined, into: Set<string>): boolean {
  if (!tree || tree.d === 0) return true;
  for (const node of RangeSet(tree)) {
    if (cmp(node.from, node.to) !== 0 || typeof node.from !== "string") return false;
    into.add(node.from);
  }
  return true;
}

/** Calls `listener` after every committed write to `tableName`; returns the unsubscribe function. */
export function watchTableChanges(database: Dexie, tableName: string, listener: (change: TableChange) => void): () => void {
  const prefix = `idb://${database.name}/${tableName}/`;
  const onMutated = (parts: ObservabilitySet) => {
    const written = parts[prefix];
    const deleted = parts[`${prefix}:dels`];
    if (!written && !deleted) return;
    const keys = new Set<string>();
    const exact = keysOf(written, keys) && keysOf(deleted, keys);
    listener(exact ? { kind: "keys", keys: [...keys] } : { kind: "all" });
  };
  Dexie.on("storagemutated", onMutated);
  return () => Dexie.on("storagemutated").unsubscribe(onMutated);
}
