// Opens the sealed records of a large read (≥ POOL_FROM records: the incident
// list at start, a whole table) in a small pool of workers, each holding the
// data key (handed over as a structured clone of the non-extractable
// CryptoKey). The page only packs the sealed bytes and parses the joined JSON
// the workers send back (sealed-batch.ts); the per-record WebCrypto calls and
// their promises run beside it. Slices go out in order and come back in order.
//
// The pool belongs to one key: a new key (unlock) replaces it, dropping the
// key terminates it. Where there is no Worker (Node, unit tests) or inside a
// worker, the same batch opening runs in this realm.

import { transfer, wrap, type Remote } from "comlink";
import { decodeOpenedBatch, openSealedBatch } from "./sealed-batch";
import type { RecordOpeningWorkerApi } from "./record-opening.worker";

/** Below this, one thread's hops cost less than starting and feeding workers. */
export const POOL_FROM = 2_000;
const SLICE = 5_000;
const POOL_SIZE = Math.max(2, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2));

interface Pool {
  key: CryptoKey;
  workers: { thread: Worker; api: Remote<RecordOpeningWorkerApi>; failed: Promise<never> }[];
  next: number;
}

let pool: Pool | null = null;

function poolAvailable(): boolean {
  return typeof Worker === "function" && typeof document !== "undefined";
}

function poolFor(key: CryptoKey): Pool {
  if (pool?.key === key) return pool;
  closeRecordOpeningPool();
  const workers = Array.from({ length: POOL_SIZE }, () => {
    const thread = new Worker(new URL("./record-opening.worker.ts", import.meta.url), { type: "module", name: "record-opening" });
    const api = wrap<RecordOpeningWorkerApi>(thread);
    // Comlink delivers calls in order: every later call finds the key set.
    void api.useKey(key);
    // A worker that cannot start would leave its calls unanswered: fail them instead.
    const failed = new Promise<never>((_, reject) => thread.addEventListener("error", () => reject(new Error("Không khởi động được luồng giải mã dữ liệu.")), { once: true }));
    failed.catch(() => undefined);
    return { thread, api, failed };
  });
  return (pool = { key, workers, next: 0 });
}

/** Terminates the workers and their copies of the key. */
export function closeRecordOpeningPool(): void {
  for (const worker of pool?.workers ?? []) worker.thread.terminate();
  pool = null;
}

function openSliceInWorker(current: Pool, tableName: string, sealed: readonly Uint8Array<ArrayBuffer>[]): Promise<unknown[]> {
  const offsets = new Uint32Array(sealed.length + 1);
  for (let i = 0; i < sealed.length; i++) offsets[i + 1] = offsets[i] + sealed[i].byteLength;
  const packed = new Uint8Array(offsets[sealed.length]);
  sealed.forEach((bytes, i) => packed.set(bytes, offsets[i]));
  const worker = current.workers[current.next++ % current.workers.length];
  return Promise.race([worker.api.open(tableName, transfer(packed.buffer, [packed.buffer]), offsets), worker.failed]).then(decodeOpenedBatch);
}

/** The opened records, in the order of `sealed`. */
export async function openSealedRecords(key: CryptoKey, tableName: string, sealed: readonly Uint8Array<ArrayBuffer>[]): Promise<unknown[]> {
  if (sealed.length < POOL_FROM || !poolAvailable()) return decodeOpenedBatch(await openSealedBatch(key, tableName, sealed));
  const current = poolFor(key);
  const slices: Promise<unknown[]>[] = [];
  for (let start = 0; start < sealed.length; start += SLICE) slices.push(openSliceInWorker(current, tableName, sealed.slice(start, start + SLICE)));
  return (await Promise.all(slices)).flat();
}
