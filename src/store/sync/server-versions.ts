// The server version of the synced records that have no version of their own
// — drills, marker inspections, patrols, versioned by revisions — (IndexedDB
// table `syncVersions`, schema v8), keyed `collection/id`: what the server
// acknowledged (the ETag of an outbox answer) or sent (a pulled change). It
// is the If-Match of the record's next change. Incidents and layer features
// carry `version` in their own record, so they get no row here (a first sync
// of 20,000 records would otherwise seal and write 20,000 more).

import type { AppDatabase } from "../database";

export interface ServerVersionRecord {
  key: string;
  version: number;
}

export function serverVersionTable(database: AppDatabase) {
  return database.table<ServerVersionRecord, string>("syncVersions");
}

const VERSIONED_HERE: ReadonlySet<string> = new Set(["drills", "marker-inspections", "patrols"]);

/** Whether a collection's server versions are kept in `syncVersions` (records without a version of their own). */
export function keepsServerVersion(collection: string): boolean {
  return VERSIONED_HERE.has(collection);
}

export function versionKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}
