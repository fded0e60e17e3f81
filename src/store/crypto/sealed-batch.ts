// Opening many sealed records at once (a bulk read: 100,000 incidents at
// start), in two halves that may run in different threads:
//   openSealedBatch   — every decrypt issued at once (one WebCrypto hop each,
//                       none awaited before the next is issued), and the
//                       plaintexts of plain-JSON records joined into ONE JSON
//                       array, so the other half parses once instead of
//                       100,000 times. Runs in a record-opening worker (the
//                       data key is a structured-cloned non-extractable
//                       CryptoKey), or on the page when no worker is at hand.
//   decodeOpenedBatch — the records, in the order given.
// A record with binary parts, dates or a NUL in its text (anything
// record-codec.ts tags) keeps its own plaintext and is decoded alone.

import { decodeRecord } from "./record-codec";
import { openSealedBytes } from "./record-sealing";

export interface OpenedBatch {
  /** UTF-8 `[record,record,…]` of the plain-JSON records, in order. */
  json: Uint8Array<ArrayBuffer>;
  /** Per record: 1 when it is in `json`, 0 when its plaintext is in `tagged`. */
  inJson: Uint8Array<ArrayBuffer>;
  /** Whole plaintexts of the other records, in order. */
  tagged: ArrayBuffer[];
}

const BACKSLASH = 0x5c;
const ESCAPED_NUL = [0x75, 0x30, 0x30, 0x30, 0x30]; // the "u0000" after a backslash

/** True when the JSON bytes hold `\u0000` (a record-codec tag, or a NUL in a text). */
function holdsEscapedNul(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = bytes.indexOf(BACKSLASH, start); at !== -1 && at < end; at = bytes.indexOf(BACKSLASH, at + 2)) {
    if (ESCAPED_NUL.every((byte, i) => bytes[at + 1 + i] === byte)) return true;
  }
  return false;
}

export async function openSealedBatch(key: CryptoKey, tableName: string, sealed: readonly Uint8Array<ArrayBuffer>[]): Promise<OpenedBatch> {
  const plaintexts = await Promise.all(sealed.map((bytes) => openSealedBytes(key, tableName, bytes)));
  const inJson = new Uint8Array(plaintexts.length);
  const tagged: ArrayBuffer[] = [];
  let jsonLength = 2;
  plaintexts.forEach((plaintext, i) => {
    const bytes = new Uint8Array(plaintext);
    const length = new DataView(plaintext).getUint32(0);
    if (4 + length === bytes.byteLength && !holdsEscapedNul(bytes, 4, bytes.byteLength)) {
      inJson[i] = 1;
      jsonLength += length + 1;
    } else tagged.push(plaintext);
  });
  const json = new Uint8Array(jsonLength);
  let at = 0;
  json[at++] = 0x5b; // [
  plaintexts.forEach((plaintext, i) => {
    if (!inJson[i]) return;
    if (at > 1) json[at++] = 0x2c; // ,
    json.set(new Uint8Array(plaintext, 4), at);
    at += plaintext.byteLength - 4;
  });
  json[at++] = 0x5d; // ]
  return { json: json.subarray(0, at), inJson, tagged };
}

const textDecoder = new TextDecoder();

export function decodeOpenedBatch(batch: OpenedBatch): unknown[] {
  const plain = JSON.parse(textDecoder.decode(batch.json)) as unknown[];
  const records = new Array<unknown>(batch.inJson.length);
  let nextPlain = 0;
  let nextTagged = 0;
  for (let i = 0; i < records.length; i++) {
    records[i] = batch.inJson[i] ? plain[nextPlain++] : decodeRecord(new Uint8Array(batch.tagged[nextTagged++]));
  }
  return records;
}
