// The data key of this JavaScript realm (the page, or a worker that opens the
// database), held in memory only: a non-extractable AES-GCM CryptoKey that
// script can use but never read. Locking reloads the page, which drops it.
//
// Four states:
//   "plaintext"  — no encryption (unit tests on fake-indexeddb, benchmarks'
//                  unencrypted baseline). Only a page (or Node) starts here, and
//                  every page of the app calls `requireDataKey()` first.
//   "locked"     — encrypted tables refuse every read and write.
//   "worker-without-key" — a worker starts here, whether or not it called
//                  `requireDataKey()`: it must be handed the page's key
//                  (`setDataKey`, structured clone) before it touches an
//                  encrypted table, so a worker can never write clear records
//                  into the encrypted database nor read sealed ones as garbage.
//   "unlocked"   — the key is here; encrypted tables seal and open records.

import { closeRecordOpeningPool } from "./record-opening-pool";

type DataKeyState = { kind: "plaintext" } | { kind: "locked" } | { kind: "worker-without-key" } | { kind: "unlocked"; key: CryptoKey };

function runsInWorker(): boolean {
  const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  return typeof scope === "function" && globalThis instanceof scope;
}

let state: DataKeyState = runsInWorker() ? { kind: "worker-without-key" } : { kind: "plaintext" };

/** The app's realms call this at start: from now on encrypted tables need the key. */
export function requireDataKey(): void {
  if (state.kind === "plaintext") state = { kind: "locked" };
}

export function setDataKey(key: CryptoKey): void {
  if (currentDataKey() !== key) closeRecordOpeningPool();
  state = { kind: "unlocked", key };
}

/** Forgets the key (a worker told to lock; tests). The page locks by reloading instead. */
export function dropDataKey(): void {
  closeRecordOpeningPool();
  state = { kind: "locked" };
}

export function dataKeyState(): DataKeyState {
  return state;
}

/** The key, when unlocked (for handing it to a worker). */
export function currentDataKey(): CryptoKey | null {
  return state.kind === "unlocked" ? state.key : null;
}

export class StoreLockedError extends Error {
  constructor() {
    super("Dữ liệu trên máy đang khóa: nhập mật khẩu để mở.");
    this.name = "StoreLockedError";
  }
}

/** A realm that never obtained the data key touched an encrypted table (a programming error, said plainly). */
export class DataKeyMissingError extends Error {
  constructor(tableName: string) {
    super(`Phần xử lý này của ứng dụng chưa nhận khóa dữ liệu của thiết bị nên không được đọc hay ghi bảng “${tableName}” (dữ liệu mã hóa). Hãy khóa rồi mở lại ứng dụng.`);
    this.name = "DataKeyMissingError";
  }
}
