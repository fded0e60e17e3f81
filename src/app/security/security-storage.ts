// What the device-security feature keeps in this browser's localStorage, all
// of it readable without the passphrase by design (nothing here is secret):
//   "device-keyring"          the wrapped data key, its salt and iterations (store/crypto/keyring.ts)
//   "device-unlock-failures"  wrong passphrases in a row and when the last one was typed,
//                             so a reload does not reset the waiting time
//   "device-encrypt-pending"  "1" while the one-time encryption of older records is unfinished
//   "device-idle-minutes"     "Tự khóa sau … phút" (default 10)
//   "device-last-activity"    the last time any tab of the app saw the user (ms), shared so one
//                             tab in use keeps the others from locking everything
// localStorage, not IndexedDB, so the first screen (set-up or lock) is decided
// synchronously and a wipe of the database never races with reading the keyring.

import type { KeyringRecord } from "../../store/crypto/keyring";

const KEYRING = "device-keyring";
const FAILURES = "device-unlock-failures";
const ENCRYPT_PENDING = "device-encrypt-pending";
const IDLE_MINUTES = "device-idle-minutes";
const LAST_ACTIVITY = "device-last-activity";

export const DEFAULT_IDLE_MINUTES = 10;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 240;

export const SECURITY_STORAGE_KEYS = [KEYRING, FAILURES, ENCRYPT_PENDING, IDLE_MINUTES, LAST_ACTIVITY] as const;

export function readKeyring(): KeyringRecord | null {
  const text = localStorage.getItem(KEYRING);
  if (!text) return null;
  try {
    return JSON.parse(text) as KeyringRecord;
  } catch {
    return null;
  }
}

export function saveKeyring(record: KeyringRecord): void {
  localStorage.setItem(KEYRING, JSON.stringify(record));
}

export interface UnlockFailures {
  count: number;
  lastAt: number;
}

export function readFailures(): UnlockFailures {
  try {
    const parsed = JSON.parse(localStorage.getItem(FAILURES) ?? "") as UnlockFailures;
    return Number.isFinite(parsed.count) && Number.isFinite(parsed.lastAt) ? parsed : { count: 0, lastAt: 0 };
  } catch {
    return { count: 0, lastAt: 0 };
  }
}

export function saveFailures(failures: UnlockFailures | null): void {
  if (failures) localStorage.setItem(FAILURES, JSON.stringify(failures));
  else localStorage.removeItem(FAILURES);
}

export function encryptionPending(): boolean {
  return localStorage.getItem(ENCRYPT_PENDING) === "1";
}

export function setEncryptionPending(pending: boolean): void {
  if (pending) localStorage.setItem(ENCRYPT_PENDING, "1");
  else localStorage.removeItem(ENCRYPT_PENDING);
}

export function readIdleMinutes(): number {
  const value = Number(localStorage.getItem(IDLE_MINUTES));
  return Number.isInteger(value) && value >= MIN_IDLE_MINUTES && value <= MAX_IDLE_MINUTES ? value : DEFAULT_IDLE_MINUTES;
}

export function saveIdleMinutes(minutes: number): void {
  localStorage.setItem(IDLE_MINUTES, String(minutes));
}

export function readSharedActivity(): number {
  return Number(localStorage.getItem(LAST_ACTIVITY)) || 0;
}

export function saveSharedActivity(time: number): void {
  localStorage.setItem(LAST_ACTIVITY, String(time));
}
