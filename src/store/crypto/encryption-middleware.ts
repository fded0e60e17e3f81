// The one place records are encrypted at rest: a Dexie DBCore middleware that
// sits right above IndexedDB (below Dexie's hooks, cache and live queries, so
// everything above it sees plain records). On the way down, each record of an
// encrypted table becomes { primary key, indexed properties, _sealed } where
// `_sealed` is the whole record sealed with the data key (record-sealing.ts);
// on the way up, sealed records are opened again — a batch in one pass, every
// decrypt issued at once and the JSON parsed once (sealed-batch.ts), in a
// worker pool for large reads (record-opening-pool.ts). Rows packed in
// blocks (`_block`, sealed-blocks.ts) are opened from their block, read in
// the same transaction: every transaction over a packed table also spans the
// `sealedBlocks` table. Index-only reads (count, primary keys, key cursors)
// never decrypt anything.
//
// Every table is encrypted unless it is on the clear list (clear-tables.ts).
// Records stored before encryption (or written raw) have no `_sealed` and are
// returned as they are, so the one-time migration can read them back. A realm
// without the key (a worker not handed it, a page in plaintext mode meeting a
// sealed record) fails with DataKeyMissingError instead of writing clear
// records or returning sealed ones.

import type { DBCore, DBCoreCursor, DBCoreIndex, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from "dexie";
import { DataKeyMissingError, dataKeyState, StoreLockedError } from "./data-key";
import { sealRecord } from "./record-sealing";
import { openSealedRecords } from "./record-opening-pool";
import { keepTransactionAlive } from "./transaction-keep-alive";
import { blockReferenceOf, openBlock, recordFromBlock, SEALED_BLOCKS_TABLE, SealedBlockError, type SealedBlockRow } from "./sealed-blocks";
import { notePackableWrites } from "./sealed-packing-schedule";
import { takePresealed } from "./presealed-records";

export const SEALED_FIELD = "_sealed";

type StoredObject = Record<string, unknown>;

function isSealed(value: unknown): value is StoredObject & { [SEALED_FIELD]: ArrayBuffer } {
  return typeof value === "object" && value !== null && (value as StoredObject)[SEALED_FIELD] instanceof ArrayBuffer;
}

function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as StoredObject)[part];
  }
  return current;
}

function writePath(target: StoredObject, path: string, value: unknown): void {
  const parts = path.split(".");
  let current = target;
  for (const part of parts.slice(0, -1)) current = (current[part] ??= {}) as StoredObject;
  current[parts[parts.length - 1]] = value;
}

/** The property paths that must stay readable: the primary key and every index. */
function clearPathsOf(indexes: readonly DBCoreIndex[]): string[] {
  const paths = new Set<string>();
  for (const index of indexes) {
    const keyPath = index.keyPath;
    for (const path of Array.isArray(keyPath) ? keyPath : keyPath ? [keyPath] : []) paths.add(path);
  }
  return [...paths];
}

/** The key; null in plaintext mode; throws when this realm must not touch encrypted tables. */
function usableKey(tableName: string): CryptoKey | null {
  const state = dataKeyState();
  if (state.kind === "locked") throw new StoreLockedError();
  if (state.kind === "worker-without-key") throw new DataKeyMissingError(tableName);
  return state.kind === "unlocked" ? state.key : null;
}

/** Opened blocks of one read (or one cursor's walk), by block id. */
type OpenedBlocks = Map<string, Promise<unknown[]>>;

function encryptedTable(table: DBCoreTable, blocks: DBCoreTable | null, packed: boolean, databaseName: string): DBCoreTable {
  const name = table.name;
  const clearPaths = clearPathsOf([table.schema.primaryKey, ...table.schema.indexes]);
  const primaryPath = typeof table.schema.primaryKey.keyPath === "string" ? table.schema.primaryKey.keyPath : null;
  const keyOf = (record: unknown) => (primaryPath ? readPath(record, primaryPath) : undefined);

  /** The stored form: the primary key and indexed properties in the clear, the whole record sealed. */
  const storedRow = (value: unknown, sealed: ArrayBuffer): unknown => {
    if (typeof value !== "object" || value === null) return { [SEALED_FIELD]: sealed };
    const stored: StoredObject = {};
    for (const path of clearPaths) {
      const clear = readPath(value, path);
      if (clear !== undefined) writePath(stored, path, clear);
    }
    stored[SEALED_FIELD] = sealed;
    return stored;
  };

  /**
   * The blocks the packed rows among `values` point at, opened. The block rows are asked for
   * right away (the transaction is active now); blocks already in `opened` are not read again.
   */
  const openBlocksOf = (trans: DBCoreTransaction, key: CryptoKey, values: unknown[], opened: OpenedBlocks): OpenedBlocks => {
    const missing = [...new Set(values.flatMap((value) => blockReferenceOf(value)?.[0] ?? []))].filter((id) => !opened.has(id));
    if (missing.length === 0) return opened;
    if (!blocks) throw new SealedBlockError(name, missing[0]);
    const rows = blocks.getMany({ trans, keys: missing }) as Promise<(SealedBlockRow | undefined)[]>;
    missing.forEach((id, i) => {
      const block = rows.then((found) => {
        const row = found[i];
        if (!row) throw new SealedBlockError(name, id);
        return openBlock(key, name, row);
      });
      block.catch(() => undefined);
      opened.set(id, block);
    });
    return opened;
  };

  /** Sealed and packed values opened (each batch at once), others as they are. */
  const openValues = async (key: CryptoKey, values: unknown[], openedBlocks: OpenedBlocks): Promise<unknown[]> => {
    const sealedAt: number[] = [];
    const sealed: Uint8Array<ArrayBuffer>[] = [];
    values.forEach((value, i) => {
      if (!isSealed(value)) return;
      sealedAt.push(i);
      sealed.push(new Uint8Array(value[SEALED_FIELD]));
    });
    const blockIds = [...openedBlocks.keys()];
    const [opened, blockRecords] = await Promise.all([sealed.length > 0 ? openSealedRecords(key, name, sealed) : [], Promise.all(blockIds.map((id) => openedBlocks.get(id)))]);
    const blockById = new Map(blockIds.map((id, i) => [id, blockRecords[i]]));
    const result = values.slice();
    sealedAt.forEach((at, i) => {
      const record = opened[i];
      // An auto-incremented key (outbox `++seq`) was given by IndexedDB after sealing.
      if (primaryPath && typeof record === "object" && record !== null && readPath(record, primaryPath) === undefined) {
        writePath(record as StoredObject, primaryPath, readPath(values[at], primaryPath));
      }
      result[at] = record;
    });
    values.forEach((value, i) => {
      const reference = blockReferenceOf(value);
      if (reference) result[i] = recordFromBlock(name, reference, blockById.get(reference[0]), keyOf, keyOf(value));
    });
    return result;
  };

  const openAll = (trans: DBCoreTransaction, values: unknown[], nextUse: "caller" | "cursor" = "caller", openedBlocks: OpenedBlocks = new Map()): Promise<unknown[]> => {
    const key = usableKey(name);
    if (!values.some((value) => isSealed(value) || blockReferenceOf(value))) return Promise.resolve(values);
    if (!key) return Promise.reject(new DataKeyMissingError(name));
    let opening: Promise<unknown[]>;
    try {
      opening = openValues(key, values, openBlocksOf(trans, key, values, openedBlocks));
    } catch (error) {
      return Promise.reject(error);
    }
    // A read in Dexie's own one-operation read-only transaction is the transaction's last use: let it
    // commit instead of pinging IndexedDB while 100,000 records are opened. Explicit transactions
    // (db.transaction(), flagged `_explicit` on the IDBTransaction by Dexie 4), read-write ones
    // (modify/update read, then write) and cursors go on using it.
    const idbTransaction = trans as unknown as IDBTransaction & { _explicit?: boolean };
    if (nextUse === "caller" && !idbTransaction._explicit && idbTransaction.mode === "readonly") return opening;
    return keepTransactionAlive(idbTransaction, name, opening);
  };

  return {
    ...table,
    mutate(request: DBCoreMutateRequest) {
      if (request.type !== "add" && request.type !== "put") return table.mutate(request);
      const key = usableKey(name);
      if (!key) return table.mutate(request);
      if (packed) notePackableWrites(databaseName, request.values.length);
      // Sealed before the transaction (presealed-records.ts): written at once, no WebCrypto wait inside it.
      const presealed = request.values.map((value: unknown) => takePresealed(key, name, value));
      if (presealed.every((sealed) => sealed !== null)) return table.mutate({ ...request, values: request.values.map((value: unknown, i: number) => storedRow(value, presealed[i]!)) });
      const sealing = Promise.all(request.values.map(async (value: unknown, i: number) => storedRow(value, presealed[i] ?? (await sealRecord(key, name, value)))));
      return keepTransactionAlive(request.trans as unknown as IDBTransaction, name, sealing).then((values) => table.mutate({ ...request, values }));
    },
    get(request) {
      usableKey(name); // locked: refuse before reading anything
      return table.get(request).then((value: unknown) => (isSealed(value) || blockReferenceOf(value) ? openAll(request.trans, [value]).then(([opened]) => opened) : value));
    },
    getMany(request) {
      usableKey(name);
      return table.getMany(request).then((values: unknown[]) => openAll(request.trans, values));
    },
    query(request) {
      usableKey(name);
      // Primary keys or index keys only (count, primaryKeys(), keys()): nothing to open.
      if (!request.values) return table.query(request);
      return table.query(request).then(async (response) => ({ ...response, result: await openAll(request.trans, response.result) }));
    },
    openCursor(request) {
      usableKey(name);
      if (!request.values) return table.openCursor(request);
      // Rows walked in key order share their blocks: each block is opened once per cursor (the last few kept).
      const openedBlocks: OpenedBlocks = new Map();
      const openOne = (value: unknown) => {
        while (openedBlocks.size > 4) openedBlocks.delete(openedBlocks.keys().next().value as string);
        return openAll(request.trans, [value], "cursor", openedBlocks).then(([opened]) => opened);
      };
      return table.openCursor(request).then((cursor) => cursor && openingCursor(cursor, openOne));
    },
  };
}

/**
 * A cursor whose `value` is the opened record: each step opens the record before the
 * caller sees it, and calls the caller back from inside a live request, so it may continue.
 */
function openingCursor(cursor: DBCoreCursor, openValue: (value: unknown) => Promise<unknown>): DBCoreCursor {
  let current: unknown;
  const wrapper: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      return current;
    },
    get done() {
      return cursor.done;
    },
    continue: (key) => cursor.continue(key),
    continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count) => cursor.advance(count),
    stop: (value) => cursor.stop(value),
    fail: (error) => cursor.fail(error),
    start(onNext) {
      return cursor.start(() => {
        const raw: unknown = cursor.value;
        if (!isSealed(raw) && !blockReferenceOf(raw)) {
          current = raw;
          onNext();
          return;
        }
        openValue(raw).then(
          (opened) => {
            current = opened;
            try {
              onNext();
            } catch (error) {
              cursor.fail(error as Error);
            }
          },
          (error: unknown) => cursor.fail(error as Error),
        );
      });
    },
    next() {
      let gotOne = 1;
      return wrapper.start(() => (gotOne-- ? wrapper.continue() : wrapper.stop())).then(() => wrapper);
    },
  };
  return wrapper;
}

/**
 * Installs the middleware: every table but those in `clearTables` is encrypted; rows of
 * `packedTables` may be packed in blocks (sealed-block-packing.ts).
 */
export function encryptionMiddleware(clearTables: ReadonlySet<string>, packedTables: ReadonlySet<string> = new Set()): Middleware<DBCore> {
  return {
    stack: "dbcore",
    name: "DeviceEncryption",
    // Below every built-in middleware (the lowest is -1), right above IndexedDB.
    level: -10,
    create(down) {
      const hasBlocks = down.schema.tables.some((table) => table.name === SEALED_BLOCKS_TABLE);
      const blocks = hasBlocks ? down.table(SEALED_BLOCKS_TABLE) : null;
      return {
        ...down,
        transaction(stores, mode, options) {
          // A packed row is opened from its block, read in the same transaction.
          const spansBlocks = hasBlocks && !stores.includes(SEALED_BLOCKS_TABLE) && stores.some((store) => packedTables.has(store));
          return down.transaction(spansBlocks ? [...stores, SEALED_BLOCKS_TABLE] : stores, mode, options);
        },
        table(tableName) {
          const table = down.table(tableName);
          // Blocks are sealed already (sealed-blocks.ts).
          if (clearTables.has(tableName) || tableName === SEALED_BLOCKS_TABLE) return table;
          return encryptedTable(table, blocks, hasBlocks && packedTables.has(tableName), down.schema.name);
        },
      };
    },
  };
}
