// When packing runs (sealed-block-packing.ts): 15 s after unlocking, and
// again 15 s after PACK_FROM writes to packed tables have been noted by the
// encryption middleware; one tab at a time (a Web Lock), never two passes at
// once in a tab. A failed pass (locked meanwhile, the tab closing, storage
// full) leaves the rows sealed one by one, as readable as before.

import type Dexie from "dexie";
import { PACK_FROM, packSealedRecords } from "./sealed-block-packing";

// Writes noted by the encryption middleware, per database.
const looseWrites = new Map<string, number>();
const writeListeners = new Map<string, () => void>();
const stops = new Map<string, () => void>();

export function notePackableWrites(databaseName: string, count: number): void {
  const total = (looseWrites.get(databaseName) ?? 0) + count;
  looseWrites.set(databaseName, total);
  if (total >= PACK_FROM) writeListeners.get(databaseName)?.();
}

/** After unlocking: packs soon, then again a while after every PACK_FROM writes to packed tables. Returns the stop. */
export function startSealedPacking(database: Dexie, delayMs = 15_000): () => void {
  stops.get(database.name)?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    looseWrites.set(database.name, 0);
    try {
      const pack = () => packSealedRecords(database);
      // One tab packs at a time (another tab's pass would only redo the work).
      if (navigator.locks) await navigator.locks.request(`sealed-packing:${database.name}`, { ifAvailable: true }, (lock) => (lock ? pack() : undefined));
      else await pack();
    } catch (error) {
      // Locked meanwhile, the tab closing, storage full: the rows stay sealed one by one, as readable as before.
      console.warn("Chưa sắp xếp được dữ liệu mã hóa theo khối:", error);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };
  const stop = () => {
    clearTimeout(timer);
    if (stops.get(database.name) === stop) {
      stops.delete(database.name);
      writeListeners.delete(database.name);
    }
  };
  stops.set(database.name, stop);
  writeListeners.set(database.name, schedule);
  schedule();
  return stop;
}
