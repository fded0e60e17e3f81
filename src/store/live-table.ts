// A live in-memory copy of one table keyed by `id`, for tables too large to
// re-read on every change (100,000 incidents): read once, then only the rows
// a committed write touched are read again (table-changes.ts), in this tab or
// any other. Unchanged rows keep their object identity, so per-record caches
// keyed by the object (the incident query index) survive every edit.

import type Dexie from "dexie";
import { watchTableChanges, type TableChange } from "./table-changes";

export interface LiveTableSnapshot<T> {
  /** null until the first read has finished. */
  rows: readonly T[] | null;
  error: unknown;
}

export interface LiveTableOptions<T> {
  /** The primary key property (default "id"). */
  key?: keyof T & string;
  /** Only the rows whose indexed property equals this value (e.g. one workspace's features). */
  where?: { index: keyof T & string; equals: string };
  /**
   * When the primary keys of the rows in scope all start with this (a workspace's features are keyed
   * `workspaceId/featureId`), a write's other keys are not read at all: a first sync writing 10,000
   * features of another workspace costs this copy nothing.
   */
  keyPrefix?: string;
}

export class LiveTable<T extends object> {
  private readonly byId = new Map<string, T>();
  private snapshot: LiveTableSnapshot<T> = { rows: null, error: null };
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;
  private pending: Promise<void> = Promise.resolve();

  private readonly keyOf: (row: T) => string;

  constructor(
    private readonly database: Dexie,
    private readonly tableName: string,
    private readonly options: LiveTableOptions<T> = {},
  ) {
    const key = options.key ?? "id";
    this.keyOf = (row) => String((row as Record<string, unknown>)[key]);
  }

  /** useSyncExternalStore's subscribe: the first subscriber starts the read and the watch. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.stopWatching) this.start();
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): LiveTableSnapshot<T> => this.snapshot;

  /** Resolves once every change seen so far has been applied (tests, benchmarks). */
  settled(): Promise<void> {
    return this.pending;
  }

  private start(): void {
    // Watch before the first read, so a write committed during it is applied after it (in order).
    this.stopWatching = watchTableChanges(this.database, this.tableName, (change) => this.enqueue(() => this.apply(change)));
    this.enqueue(() => this.apply({ kind: "all" }));
  }

  private enqueue(step: () => Promise<void>): void {
    this.pending = this.pending.then(step).catch((error: unknown) => this.publish(this.snapshot.rows, error));
  }

  private async apply(change: TableChange): Promise<void> {
    const table = this.database.table<T, string>(this.tableName);
    const where = this.options.where;
    const inScope = (row: T) => !where || (row as Record<string, unknown>)[where.index] === where.equals;
    if (change.kind === "all") {
      const rows = where ? await table.where(where.index).equals(where.equals).toArray() : await table.toArray();
      const previous = new Map(this.byId);
      this.byId.clear();
      for (const row of rows) {
        const old = previous.get(this.keyOf(row));
        this.byId.set(this.keyOf(row), old && sameRow(old, row) ? old : row);
      }
    } else {
      const prefix = this.options.keyPrefix;
      const keys = prefix === undefined ? change.keys : change.keys.filter((key) => key.startsWith(prefix));
      if (keys.length === 0) return;
      const rows = await table.bulkGet(keys);
      let touched = false;
      keys.forEach((key, index) => {
        const row = rows[index];
        if (row && inScope(row)) {
          this.byId.set(key, row);
          touched = true;
        } else if (this.byId.delete(key)) touched = true;
      });
      if (!touched) return;
    }
    this.publish([...this.byId.values()], null);
  }

  private publish(rows: readonly T[] | null, error: unknown): void {
    this.snapshot = { rows, error };
    for (const listener of this.listeners) listener();
  }
}

/** Rows carry `updatedAt` (and incidents a `version`): equal stamps mean the same stored row. */
function sameRow(a: object, b: object): boolean {
  const stamp = (row: object) => {
    const { updatedAt, version } = row as { updatedAt?: unknown; version?: unknown };
    return `${String(updatedAt)}|${String(version)}`;
  };
  return stamp(a) === stamp(b);
}
