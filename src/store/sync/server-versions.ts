// The server version of every synced record (IndexedDB table `syncVersions`,
// schema v8), keyed `collection/id`: what the server acknowledged (the ETag
// of an outbox answer) or sent (a pulled change). It is the If-Match of the
// next change of records that have no version of their own (drills,
// inspections, patrols) and the version a conflict's resolution is based on.

import type { AppDatabase } from "../database";

export interface ServerVersionRecord {
  key: string;
  version: number;
}

export function serverVersionTable(database: AppDatabase) {
  return database.table<ServerVersionRecord, string>("syncVersions");
}

export function versionKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}
