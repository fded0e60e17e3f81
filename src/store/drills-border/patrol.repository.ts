// Patrol logs in IndexedDB (table `patrols`, schema v4): one row per patrol
// with its participants, checked markers, findings and the GPS track (GeoJSON
// geometry) imported from the patrol's GPX file. Every new patrol and removal
// queues its outbox entry for the provincial server in the same transaction.

import type { Table } from "dexie";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { AppDatabase } from "../database";
import { stampRevision } from "./drill-record-revisions";
import { newId, nowIso } from "../ids";
import { patrolFeature } from "../sync/record-features";
import { enqueueRevisedChange, revisedOutboxTables } from "../sync/revised-record-outbox";

export type NewPatrol = Omit<PatrolRecord, "id" | "updatedAt" | "revisions">;

export class PatrolRepository {
  private readonly table: Table<PatrolRecord, string>;

  constructor(private readonly database: AppDatabase) {
    this.table = database.table<PatrolRecord, string>("patrols");
  }

  list(): Promise<PatrolRecord[]> {
    return this.table.orderBy("date").reverse().toArray();
  }

  async add(input: NewPatrol, actor?: string): Promise<PatrolRecord> {
    const now = nowIso();
    const record = stampRevision<PatrolRecord>({ ...input, id: newId(), updatedAt: now, revisions: [] }, now, actor);
    await this.database.transaction("rw", [this.table, ...revisedOutboxTables(this.database)], async () => {
      await this.table.add(record);
      await enqueueRevisedChange(this.database, "patrols", patrolFeature(record), "save");
    });
    return record;
  }

  async putExact(record: PatrolRecord): Promise<void> {
    await this.table.put(record);
  }

  async remove(id: string): Promise<void> {
    await this.database.transaction("rw", [this.table, ...revisedOutboxTables(this.database)], async () => {
      const stored = await this.table.get(id);
      await this.table.delete(id);
      if (stored) await enqueueRevisedChange(this.database, "patrols", patrolFeature(stored, nowIso()), "delete");
    });
  }
}
