// Seals one record with the device's data key: AES-GCM (256-bit key, a fresh
// random 12-byte IV per record, 128-bit tag). The table name is the
// additional authenticated data, so a sealed value copied into another table
// fails to open instead of being read as something else.
//
// Stored form: one ArrayBuffer [format byte = 1][IV (12 bytes)][ciphertext + tag].

import { decodeRecord, encodeRecord } from "./record-codec";

const FORMAT = 1;
const IV_BYTES = 12;

const encoder = new TextEncoder();
const additionalDataByTable = new Map<string, Uint8Array<ArrayBuffer>>();

function additionalData(tableName: string): Uint8Array<ArrayBuffer> {
  let bytes = additionalDataByTable.get(tableName);
  if (!bytes) additionalDataByTable.set(tableName, (bytes = encoder.encode(`ban-do-qpan/${tableName}`)));
  return bytes;
}

export async function sealRecord(key: CryptoKey, tableName: string, value: unknown): Promise<ArrayBuffer> {
  return sealEncoded(key, tableName, await encodeRecord(value));
}

/** Seals a record already encoded (record-codec.ts). */
export async function sealEncoded(key: CryptoKey, tableName: string, plaintext: Uint8Array): Promise<ArrayBuffer> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: additionalData(tableName) }, key, plaintext as Uint8Array<ArrayBuffer>);
  const sealed = new Uint8Array(1 + IV_BYTES + ciphertext.byteLength);
  sealed[0] = FORMAT;
  sealed.set(iv, 1);
  sealed.set(new Uint8Array(ciphertext), 1 + IV_BYTES);
  return sealed.buffer;
}

/** The plaintext bytes of one sealed record (record-codec.ts layout); rejects when the key, table or bytes do not match. */
export function openSealedBytes(key: CryptoKey, tableName: string, sealed: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  if (sealed[0] !== FORMAT) return Promise.reject(new Error(`Bản ghi mã hóa có định dạng ${sealed[0]} chưa biết`));
  return crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.subarray(1, 1 + IV_BYTES), additionalData: additionalData(tableName) }, key, sealed.subarray(1 + IV_BYTES));
}

export async function openSealedRecord(key: CryptoKey, tableName: string, sealed: ArrayBuffer): Promise<unknown> {
  return decodeRecord(new Uint8Array(await openSealedBytes(key, tableName, new Uint8Array(sealed))));
}
