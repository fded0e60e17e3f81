// Patrol logs in IndexedDB (table `patrols`, schema v4): one row per patrol
// with its participants, checked markers, findings and the GPS track (GeoJSON
// geometry) imported from the patrol's GPX file.

import type { Table } from "dexie";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { AppDatabase } from "../database";
import { stampRevision } from "./drill-record-revisions";
import { newId, nowIso } from "../ids";

export type NewPatrol = Omit<PatrolRecord, "id" | "updatedAt" | "revisions">;

export class PatrolRepository {
  private readonly table: Table<PatrolRecord, string>;

  constructor(database: AppDatabase) {
    this.table = database.table<PatrolRecord, string>("patrols");
  }

  list(): Promise<PatrolRecord[]> {
    return this.table.orderBy("date").reverse().toArray();
  }

  async add(input: NewPatrol, actor?: string): Promise<PatrolRecord> {
    const now = nowIso();
    const record = stampRevision<PatrolRecord>({ ...input, id: newId(), updatedAt: now, revisions: [] }, now, actor);
    await this.table.add(record);
    return record;
  }

  async putExact(record: PatrolRecord): Promise<void> {
    await this.table.put(record);
  }

  async remove(id: string): Promise<void> {
    await this.table.delete(id);
  }
}
