// The one-time migration when a passphrase is first set on a device that
// already holds data from before encryption: every record of every encrypted
// table is read (a record without `_sealed` is returned as it is) and written
// back, which seals it. Chunks of 500 records, one transaction each, in
// primary-key order; a record already sealed is simply sealed again, so an
// interrupted migration is safe to run again from the start.

import type Dexie from "dexie";
import type { IndexableType, Table } from "dexie";
import { CLEAR_TABLE_NAMES } from "./clear-tables";
import { SEALED_BLOCKS_TABLE } from "./sealed-blocks";

const CHUNK = 500;

export type MigrationProgress = (done: number, total: number) => void;

async function sealTable(database: Dexie, table: Table, onRecords: (count: number) => void): Promise<void> {
  let last: IndexableType | undefined;
  for (;;) {
    const written = await database.transaction("rw", table, async () => {
      const collection = last === undefined ? table.orderBy(":id") : table.where(":id").above(last);
      const keys = await collection.limit(CHUNK).primaryKeys();
      if (keys.length === 0) return 0;
      const values = await table.bulkGet(keys);
      if (table.schema.primKey.keyPath) await table.bulkPut(values);
      else await table.bulkPut(values, keys);
      last = keys[keys.length - 1];
      return keys.length;
    });
    if (written === 0) return;
    onRecords(written);
  }
}

export async function encryptExistingRecords(database: Dexie, onProgress: MigrationProgress): Promise<void> {
  const tables = database.tables.filter((table) => !CLEAR_TABLE_NAMES.has(table.name) && table.name !== SEALED_BLOCKS_TABLE);
  const counts = await Promise.all(tables.map((table) => table.count()));
  const total = counts.reduce((sum, count) => sum + count, 0);
  let done = 0;
  onProgress(0, total);
  for (const table of tables) {
    await sealTable(database, table, (count) => {
      done += count;
      onProgress(done, total);
    });
  }
  onProgress(total, total);
}
