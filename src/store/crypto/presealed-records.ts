// Records sealed before their transaction opens. Inside a transaction every
// sealed write waits for WebCrypto and then for a keep-alive request to come
// back (transaction-keep-alive.ts) — about one IndexedDB round trip, more
// than the AES itself. A caller that knows what it will write (a new incident:
// record, history entry, outbox entry) seals it first with `presealRecords`;
// the middleware then finds the sealed bytes for a value whose encoding is
// byte for byte the one sealed, under the same key and table, and writes at
// once. Anything else (a value changed since, a record with binary parts, a
// new key) is sealed the usual way: a preseal can only save time, never
// write something other than the value given. Entries are in this page's
// memory only, like the records being written, and go with it at lock (the
// page reloads).

import { currentDataKey } from "./data-key";
import { encodePlainRecord } from "./record-codec";
import { sealEncoded } from "./record-sealing";

interface Presealed {
  key: CryptoKey;
  sealed: ArrayBuffer;
}

/** Per table, by the record's JSON; each used once. Bounded: entries nobody wrote are dropped oldest first. */
const presealed = new Map<string, Map<string, Presealed>>();
const MAX_PER_TABLE = 64;

export async function presealRecords(writes: readonly { table: string; value: unknown }[]): Promise<void> {
  const key = currentDataKey();
  if (!key) return;
  await Promise.all(
    writes.map(async ({ table, value }) => {
      const encoded = encodePlainRecord(value);
      if (!encoded) return;
      const sealed = await sealEncoded(key, table, encoded.bytes);
      let byJson = presealed.get(table);
      if (!byJson) presealed.set(table, (byJson = new Map()));
      byJson.set(encoded.json, { key, sealed });
      while (byJson.size > MAX_PER_TABLE) byJson.delete(byJson.keys().next().value as string);
    }),
  );
}

/** The sealed bytes of `value` if it was presealed as it is now, under `key` (taken: used once). */
export function takePresealed(key: CryptoKey, table: string, value: unknown): ArrayBuffer | null {
  const byJson = presealed.get(table);
  if (!byJson || byJson.size === 0) return null;
  const encoded = encodePlainRecord(value);
  const found = encoded && byJson.get(encoded.json);
  if (!found) return null;
  byJson.delete(encoded.json);
  return found.key === key ? found.sealed : null;
}
