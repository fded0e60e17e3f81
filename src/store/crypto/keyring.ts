// The keyring: the device's random 256-bit AES-GCM data key, wrapped (AES-GCM)
// by a key derived from the user's passphrase with PBKDF2-SHA256 (600,000
// iterations, 16-byte random salt). The record holds no secret — the wrapped
// key is useless without the passphrase — so it is stored in the clear
// (src/app/security/keyring-storage.ts: localStorage). Changing the passphrase
// re-wraps the same data key: no record is re-encrypted.

export interface KeyringRecord {
  format: 1;
  kdf: "PBKDF2-SHA256";
  iterations: number;
  /** base64 */
  salt: string;
  /** base64, the IV of the wrapping */
  wrapIv: string;
  /** base64, the data key wrapped with AES-GCM (its tag authenticates the passphrase) */
  wrappedKey: string;
  createdAt: string;
  updatedAt: string;
  /** A second wrapping of the same data key, by a passkey's PRF output (passkey-unlock.ts); kept across passphrase changes. */
  passkey?: PasskeyWrapping;
}

export interface PasskeyWrapping {
  /** base64, the credential's raw id */
  credentialId: string;
  /** base64, the PRF input (32 random bytes): the passkey's output for it is the wrapping secret */
  prfSalt: string;
  /** base64, the IV of the wrapping */
  wrapIv: string;
  /** base64, the data key wrapped with AES-GCM under HKDF(PRF output) */
  wrappedKey: string;
}

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The same passphrase typed with a composed or decomposed Vietnamese keyboard gives the same key. */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize("NFC"));
}

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", passphraseBytes(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, { name: "AES-GCM", length: 256 }, false, ["wrapKey", "unwrapKey"]);
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number, createdAt: string): Promise<KeyringRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = await crypto.subtle.wrapKey("raw", dataKey, await wrappingKey(passphrase, salt, iterations), { name: "AES-GCM", iv });
  const now = new Date().toISOString();
  return {
    format: 1,
    kdf: "PBKDF2-SHA256",
    iterations,
    salt: toBase64(salt),
    wrapIv: toBase64(iv),
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    createdAt,
    updatedAt: now,
  };
}

/** The data key, or null when the passphrase is wrong (the wrapping's tag does not verify). */
export async function unwrap(record: KeyringRecord, passphrase: string, extractable: boolean): Promise<CryptoKey | null> {
  const kek = await wrappingKey(passphrase, fromBase64(record.salt), record.iterations);
  try {
    return await crypto.subtle.unwrapKey("raw", fromBase64(record.wrappedKey), kek, { name: "AES-GCM", iv: fromBase64(record.wrapIv) }, { name: "AES-GCM", length: 256 }, extractable, [
      "encrypt",
      "decrypt",
    ]);
  } catch {
    return null;
  }
}

/** A new random data key and its keyring; the returned key is non-extractable. */
export async function createKeyring(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ record: KeyringRecord; key: CryptoKey }> {
  const dataKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
  const record = await wrap(dataKey, passphrase, iterations, new Date().toISOString());
  const key = await unwrap(record, passphrase, false);
  if (!key) throw new Error("Không mở lại được khóa vừa tạo");
  return { record, key };
}

/** The non-extractable data key, or null for a wrong passphrase. */
export function unlockKeyring(record: KeyringRecord, passphrase: string): Promise<CryptoKey | null> {
  return unwrap(record, passphrase, false);
}

/** The keyring re-wrapped for `newPassphrase` (same data key, new salt), or null when `currentPassphrase` is wrong. */
export async function rewrapKeyring(record: KeyringRecord, currentPassphrase: string, newPassphrase: string): Promise<KeyringRecord | null> {
  const dataKey = await unwrap(record, currentPassphrase, true);
  if (!dataKey) return null;
  const rewrapped = await wrap(dataKey, newPassphrase, Math.max(record.iterations, PBKDF2_ITERATIONS), record.createdAt);
  return record.passkey ? { ...rewrapped, passkey: record.passkey } : rewrapped;
}
