// The device's key session in this tab: set the passphrase once (then seal
// older records), unlock, change the passphrase, or wipe everything.
// Importing this module switches the page's store to "key required": no
// encrypted table can be read or written before unlocking.

import Dexie from "dexie";
import { createKeyring, rewrapKeyring, unlockKeyring } from "../../store/crypto/keyring";
import { requireDataKey, setDataKey } from "../../store/crypto/data-key";
import { startSealedPacking } from "../../store/crypto/sealed-packing-schedule";
import { encryptExistingRecords, type MigrationProgress } from "../../store/crypto/encrypt-existing-records";
import { addPasskey, removePasskey, unlockWithPasskey } from "../../store/crypto/passkey-unlock";
import { appDatabase } from "../workspace";
import { readFailures, readKeyring, saveFailures, saveKeyring, SECURITY_STORAGE_KEYS, setEncryptionPending } from "./security-storage";
import { waitLeft } from "./unlock-delay";

requireDataKey();

/** The key is in: records are readable, and packed in blocks in the background. */
function keyIsIn(key: CryptoKey): void {
  setDataKey(key);
  startSealedPacking(appDatabase);
}

export type UnlockOutcome = { kind: "unlocked" } | { kind: "wrong"; failures: number } | { kind: "wait"; ms: number } | { kind: "wiped" };

/** First start: a new data key wrapped by `passphrase`; older plain records are sealed next (encryptStoredRecords). */
export async function setUpPassphrase(passphrase: string): Promise<void> {
  const { record, key } = await createKeyring(passphrase);
  // Pending first: a migration cut short by a closed tab resumes at the next unlock.
  setEncryptionPending(true);
  saveKeyring(record);
  saveFailures(null);
  keyIsIn(key);
}

export async function encryptStoredRecords(onProgress: MigrationProgress): Promise<void> {
  await encryptExistingRecords(appDatabase, onProgress);
  setEncryptionPending(false);
}

export async function unlock(passphrase: string): Promise<UnlockOutcome> {
  const keyring = readKeyring();
  // Another tab wiped the device meanwhile.
  if (!keyring) return { kind: "wiped" };
  const wait = waitLeft(readFailures(), Date.now());
  if (wait > 0) return { kind: "wait", ms: wait };
  const key = await unlockKeyring(keyring, passphrase);
  if (!key) {
    const failures = { count: readFailures().count + 1, lastAt: Date.now() };
    saveFailures(failures);
    return { kind: "wrong", failures: failures.count };
  }
  saveFailures(null);
  keyIsIn(key);
  return { kind: "unlocked" };
}

/** Re-wraps the same data key for a new passphrase; false when the current one is wrong. */
export async function changePassphrase(current: string, next: string): Promise<boolean> {
  const keyring = readKeyring();
  if (!keyring) return false;
  const rewrapped = await rewrapKeyring(keyring, current, next);
  if (!rewrapped) return false;
  saveKeyring(rewrapped);
  return true;
}

/** Unlocks with the device's passkey (WebAuthn PRF); throws a Vietnamese PasskeyError when it does not. */
export async function unlockByPasskey(): Promise<UnlockOutcome> {
  const keyring = readKeyring();
  if (!keyring) return { kind: "wiped" };
  keyIsIn(await unlockWithPasskey(keyring));
  saveFailures(null);
  return { kind: "unlocked" };
}

export function hasPasskey(): boolean {
  return !!readKeyring()?.passkey;
}

/** Adds a passkey as a second way to unlock; false when the passphrase is wrong. */
export async function setUpPasskey(passphrase: string): Promise<boolean> {
  const keyring = readKeyring();
  if (!keyring) return false;
  const withPasskey = await addPasskey(keyring, passphrase);
  if (!withPasskey) return false;
  saveKeyring(withPasskey);
  return true;
}

export function forgetPasskey(): void {
  const keyring = readKeyring();
  if (keyring) saveKeyring(removePasskey(keyring));
}

/**
 * "Quên mật khẩu": every IndexedDB database of the app, every Cache Storage cache
 * but the service worker's precache of the app's own (public) code — so the app
 * still opens offline afterwards — and the security settings.
 */
export async function wipeDevice(): Promise<void> {
  appDatabase.close();
  const databases = (await indexedDB.databases?.()) ?? [];
  const names = new Set([appDatabase.name, ...databases.map((database) => database.name).filter((name): name is string => !!name)]);
  await Promise.all([...names].map((name) => Dexie.delete(name)));
  if ("caches" in globalThis) {
    const cacheNames = await caches.keys();
    await Promise.all(cacheNames.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
  }
  for (const key of SECURITY_STORAGE_KEYS) localStorage.removeItem(key);
}
