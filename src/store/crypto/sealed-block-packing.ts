// Packs the sealed records of large tables into blocks (sealed-blocks.ts), in
// the background while the device is unlocked, so the next start opens
// 100,000 incidents with ≈ 800 decrypts instead of 100,000 (when: sealed-packing-schedule.ts).
//
// Works on the raw IndexedDB below Dexie (what it writes is the same records,
// re-sealed: nothing above the encryption layer needs to know). Three passes:
//   1. list the blocks, then walk the rows (primary-key order, chunks) and
//      count, per block, the rows that point at it, and the rows sealed on
//      their own;
//   2. if enough rows are loose — sealed on their own, or in a block with a
//      quarter of BLOCK_SIZE or fewer records still pointed at (mostly stale,
//      or a small tail) — gather them across the table (new incidents have
//      random ids: a few in every part of it), CHUNK at a time: open them and
//      seal them BLOCK_SIZE to a new block outside any transaction (a user's
//      save is never held up by the crypto), then in ONE read-write
//      transaction write the blocks and point at them every row that is
//      still exactly as read (same sealed bytes — a fresh IV per write — or
//      the same block reference); a row saved meanwhile keeps its new
//      version, and its old copy in the new block is simply never used;
//   3. delete the blocks listed in pass 1 that no row points at any more.
// Safe against everything else writing meanwhile: only packing ever makes a
// row point at a block — at a block it writes in the same transaction — so a
// block listed in pass 1 can only lose rows, and "nobody points at it" stays
// true. Interrupted (lock, closed tab): every chunk is whole or absent.

import type Dexie from "dexie";
import { dataKeyState } from "./data-key";
import { openSealedRecords } from "./record-opening-pool";
import { BLOCK_FIELD, BLOCK_SIZE, blockReferenceOf, openBlock, recordFromBlock, SEALED_BLOCKS_TABLE, sealBlock, type BlockReference, type SealedBlockRow } from "./sealed-blocks";

/** Tables whose rows are packed: the ones that grow to 100,000s and are read whole at start (primary key `id`). */
export const PACKED_TABLES: ReadonlySet<string> = new Set(["incidents"]);

/** Loose rows below this stay as they are (a few new incidents are not worth a pass). */
export const PACK_FROM = 500;
/** Rows read per chunk, and loose rows packed per write transaction (a multiple of BLOCK_SIZE). */
const CHUNK = 16 * BLOCK_SIZE;

export interface PackingResult {
  /** Rows now in new blocks. */
  packed: number;
  blocksWritten: number;
  blocksDeleted: number;
}

type Row = Record<string, unknown>;

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error("Giao dịch bị hủy"));
  });
}

function unlockedKey(): CryptoKey {
  const state = dataKeyState();
  if (state.kind !== "unlocked") throw new Error("Chỉ sắp xếp dữ liệu mã hóa khi máy đang mở khóa.");
  return state.key;
}

const rangeAfter = (last: IDBValidKey | undefined) => (last === undefined ? undefined : IDBKeyRange.lowerBound(last, true));

/** Walks the rows of `tableName` in chunks, each read in its own read-only transaction. */
async function forEachChunk(idb: IDBDatabase, tableName: string, visit: (rows: Row[]) => Promise<void>): Promise<void> {
  let last: IDBValidKey | undefined;
  for (;;) {
    const store = idb.transaction(tableName, "readonly").objectStore(tableName);
    const rows = (await requested(store.getAll(rangeAfter(last), CHUNK))) as Row[];
    if (rows.length > 0) await visit(rows);
    if (rows.length < CHUNK) return;
    last = rows[rows.length - 1].id as IDBValidKey;
  }
}

interface Census {
  listedBlocks: string[];
  references: Map<string, number>;
  loose: number;
}

async function takeCensus(idb: IDBDatabase, tableName: string): Promise<Census> {
  const listing = idb.transaction(SEALED_BLOCKS_TABLE, "readonly");
  const listedBlocks = (await requested(listing.objectStore(SEALED_BLOCKS_TABLE).getAllKeys())) as string[];
  const census: Census = { listedBlocks, references: new Map(), loose: 0 };
  await forEachChunk(idb, tableName, async (rows) => {
    for (const row of rows) {
      const reference = blockReferenceOf(row);
      if (reference) census.references.set(reference[0], (census.references.get(reference[0]) ?? 0) + 1);
      else if (row._sealed instanceof ArrayBuffer) census.loose += 1;
    }
  });
  return census;
}

/** Blocks holding a quarter of a block's records or less (mostly stale, or a small tail): their rows are repacked. */
function staleBlocks(census: Census): Set<string> {
  const stale = new Set<string>();
  for (const [id, count] of census.references) if (count * 4 <= BLOCK_SIZE) stale.add(id);
  return stale;
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const left = new Uint8Array(a);
  const right = new Uint8Array(b);
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}

/** The row is still what packing read: the same sealed bytes, or the same block reference. */
function unchanged(read: Row, current: Row | undefined): boolean {
  if (!current) return false;
  const before = blockReferenceOf(read);
  const now = blockReferenceOf(current);
  if (before || now) return !!before && !!now && before[0] === now[0] && before[1] === now[1];
  return read._sealed instanceof ArrayBuffer && current._sealed instanceof ArrayBuffer && sameBytes(read._sealed, current._sealed);
}

/** Seals `loose` (rows in key order) BLOCK_SIZE to a block, then points at the blocks the rows still as read. */
async function packRows(idb: IDBDatabase, key: CryptoKey, tableName: string, loose: Row[], census: Census, result: PackingResult): Promise<void> {
  const staleIds = [...new Set(loose.flatMap((row) => blockReferenceOf(row)?.[0] ?? []))];
  const blockStore = idb.transaction(SEALED_BLOCKS_TABLE, "readonly").objectStore(SEALED_BLOCKS_TABLE);
  const staleRows = Promise.all(staleIds.map((id) => requested(blockStore.get(id) as IDBRequest<SealedBlockRow | undefined>)));
  const own = loose.filter((row) => !blockReferenceOf(row));
  const [ownRecords, staleBlockRows] = await Promise.all([openSealedRecords(key, tableName, own.map((row) => new Uint8Array(row._sealed as ArrayBuffer))), staleRows]);
  const openedStale = new Map<string, unknown[]>();
  await Promise.all(staleBlockRows.map(async (row, i) => openedStale.set(staleIds[i], row ? await openBlock(key, tableName, row) : [])));
  const ownById = new Map(own.map((row, i) => [row.id, ownRecords[i]]));
  const records = loose.map((row) => {
    const reference = blockReferenceOf(row);
    return reference ? recordFromBlock(tableName, reference, openedStale.get(reference[0]), (record) => (record as Row).id, row.id) : ownById.get(row.id);
  });
  const sealed: { block: SealedBlockRow; rows: Row[] }[] = [];
  for (let start = 0; start < loose.length; start += BLOCK_SIZE) {
    sealed.push({ block: await sealBlock(key, tableName, records.slice(start, start + BLOCK_SIZE)), rows: loose.slice(start, start + BLOCK_SIZE) });
  }

  const writing = idb.transaction([tableName, SEALED_BLOCKS_TABLE], "readwrite");
  const written = finished(writing);
  written.catch(() => undefined);
  const store = writing.objectStore(tableName);
  const current = await Promise.all(loose.map((row) => requested(store.get(row.id as IDBValidKey) as IDBRequest<Row | undefined>)));
  const moved: BlockReference[] = [];
  let packed = 0;
  let at = 0;
  for (const { block, rows: members } of sealed) {
    writing.objectStore(SEALED_BLOCKS_TABLE).put(block);
    members.forEach((row, slot) => {
      if (!unchanged(row, current[at++])) return;
      const previous = blockReferenceOf(row);
      if (previous) moved.push(previous);
      const packedRow: Row = { ...row, [BLOCK_FIELD]: [block.id, slot, members.length] };
      delete packedRow._sealed;
      store.put(packedRow);
      packed += 1;
    });
  }
  await written;
  // Counted once the rows really point elsewhere.
  for (const previous of moved) census.references.set(previous[0], (census.references.get(previous[0]) ?? 1) - 1);
  result.packed += packed;
  result.blocksWritten += sealed.length;
}

/**
 * Packs the loose sealed rows of every packed table (when there are at least `packFrom`)
 * and deletes blocks nothing points at. Needs the data key; inside a worker, too.
 */
export async function packSealedRecords(database: Dexie, packFrom = PACK_FROM): Promise<PackingResult> {
  const key = unlockedKey();
  const result: PackingResult = { packed: 0, blocksWritten: 0, blocksDeleted: 0 };
  // Closed (wiped, or not opened yet): nothing to pack, and opening would bring a wiped database back.
  if (!database.isOpen()) return result;
  const idb = database.backendDB();
  if (!idb.objectStoreNames.contains(SEALED_BLOCKS_TABLE)) return result;
  for (const tableName of PACKED_TABLES) {
    if (!idb.objectStoreNames.contains(tableName)) continue;
    const census = await takeCensus(idb, tableName);
    const stale = staleBlocks(census);
    const staleRows = [...stale].reduce((sum, id) => sum + (census.references.get(id) ?? 0), 0);
    if (census.loose + staleRows >= packFrom) {
      // Loose rows gathered across chunks (new incidents have random ids, a few in every chunk), packed CHUNK at a time.
      let loose: Row[] = [];
      await forEachChunk(idb, tableName, async (rows) => {
        for (const row of rows) {
          const reference = blockReferenceOf(row);
          if (reference ? stale.has(reference[0]) : row._sealed instanceof ArrayBuffer) loose.push(row);
        }
        if (loose.length < CHUNK) return;
        const full = loose;
        loose = [];
        await packRows(idb, key, tableName, full, census, result);
      });
      if (loose.length > 0) await packRows(idb, key, tableName, loose, census, result);
    }
    const unreferenced = census.listedBlocks.filter((id) => !census.references.get(id));
    if (unreferenced.length === 0) continue;
    const cleaning = idb.transaction(SEALED_BLOCKS_TABLE, "readwrite");
    for (const id of unreferenced) cleaning.objectStore(SEALED_BLOCKS_TABLE).delete(id);
    await finished(cleaning);
    result.blocksDeleted += unreferenced.length;
  }
  return result;
}
