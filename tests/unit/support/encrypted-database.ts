// A fresh AppDatabase (fake-indexeddb) per test with the data key set: the
// setup shared by the tests of records sealed at rest. Import
// "fake-indexeddb/auto" before this module.
import Dexie from "dexie";
import { afterEach, beforeAll, beforeEach } from "vitest";
import { AppDatabase } from "../../../src/store/database";
import { createKeyring } from "../../../src/store/crypto/keyring";
import { setDataKey } from "../../../src/store/crypto/data-key";

export interface EncryptedDatabase {
  database: AppDatabase;
  /** The IndexedDB name of this test's database. */
  name: string;
  key: CryptoKey;
}

/** Registers the hooks; the returned object holds the current test's database. */
export function useEncryptedDatabase(prefix: string): EncryptedDatabase {
  const current = {} as EncryptedDatabase;
  beforeAll(async () => {
    // 1,000 PBKDF2 iterations: the key's strength is not under test here.
    current.key = (await createKeyring("mật khẩu kiểm thử", 1_000)).key;
  });
  beforeEach(async () => {
    current.name = `${prefix}-${crypto.randomUUID()}`;
    setDataKey(current.key);
    current.database = new AppDatabase(current.name);
    await current.database.open();
  });
  afterEach(async () => {
    current.database.close();
    await Dexie.delete(current.name);
  });
  return current;
}
