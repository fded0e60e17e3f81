// The data key of this JavaScript realm (the page, or a worker that opens the
// database), held in memory only: a non-extractable AES-GCM CryptoKey that
// script can use but never read. Locking reloads the page, which drops it.
//
// Three states:
//   "plaintext" — no encryption (the default: unit tests on fake-indexeddb,
//                 benchmarks' unencrypted baseline). Every realm of the app
//                 that opens the database must call `requireDataKey()` first.
//   "locked"    — encrypted tables refuse every read and write.
//   "unlocked"  — the key is here; encrypted tables seal and open records.

type DataKeyState = { kind: "plaintext" } | { kind: "locked" } | { kind: "unlocked"; key: CryptoKey };

let state: DataKeyState = { kind: "plaintext" };

/** The app's realms call this at start: from now on encrypted tables need the key. */
export function requireDataKey(): void {
  if (state.kind === "plaintext") state = { kind: "locked" };
}

export function setDataKey(key: CryptoKey): void {
  state = { kind: "unlocked", key };
}

/** Forgets the key (a worker told to lock; tests). The page locks by reloading instead. */
export function dropDataKey(): void {
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
