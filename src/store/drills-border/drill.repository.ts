// Drill plans in IndexedDB (table `drills`, schema v4 in database.ts): one row
// per plan with its forces, phases (checklists, after-action notes) and map
// elements embedded, so a plan is always read and written whole, atomically.
// A save carries the version it was edited from (the plan's own updatedAt):
// when the stored plan is newer (saved from another tab meanwhile), the save
// is refused with an EditConflictError holding both plans — a whole plan is
// never laid over a newer one. Every save and removal also queues its outbox
// entry for the provincial server in the same transaction.

import type { Table } from "dexie";
import type { DrillPlan } from "../../domain/drill-plan";
import type { AppDatabase } from "../database";
import { stampRevision } from "./drill-record-revisions";
import { EditConflictError, differingFields } from "../edit-conflict";
import { nowIso } from "../ids";
import { drillFeature } from "../sync/record-features";
import { enqueueRevisedChange, revisedOutboxTables } from "../sync/revised-record-outbox";

export class DrillRepository {
  private readonly table: Table<DrillPlan, string>;

  constructor(private readonly database: AppDatabase) {
    this.table = database.table<DrillPlan, string>("drills");
  }

  list(): Promise<DrillPlan[]> {
    return this.table.orderBy("updatedAt").reverse().toArray();
  }

  get(id: string): Promise<DrillPlan | undefined> {
    return this.table.get(id);
  }

  /** Saves a new version of the plan (edited from `plan.updatedAt`) by `actor` and returns it as stored. */
  async save(plan: DrillPlan, actor?: string): Promise<DrillPlan> {
    return this.database.transaction("rw", [this.table, ...revisedOutboxTables(this.database)], async () => {
      const stored = await this.table.get(plan.id);
      if (stored && stored.updatedAt !== plan.updatedAt) {
        throw new EditConflictError(
          { entity: "drill", id: plan.id, stored, attempted: plan, baseVersion: plan.updatedAt, storedVersion: stored.updatedAt, fields: differingFields(stored, plan).filter((field) => field !== "updatedAt" && field !== "revisions" && field !== "updatedBy") },
          stored.name,
        );
      }
      const stamped = stampRevision(plan, nowIso(), actor);
      await this.table.put(stamped);
      await enqueueRevisedChange(this.database, "drills", drillFeature(stamped), "save");
      return stamped;
    });
  }

  /** Writes a plan exactly as given (exchange import keeps the sender's revisions). */
  async putExact(plan: DrillPlan): Promise<void> {
    await this.table.put(plan);
  }

  /** Removes the plan here; the server keeps it soft-deleted (a PUT with deletedAt). */
  async remove(id: string): Promise<void> {
    await this.database.transaction("rw", [this.table, ...revisedOutboxTables(this.database)], async () => {
      const stored = await this.table.get(id);
      await this.table.delete(id);
      if (stored) await enqueueRevisedChange(this.database, "drills", drillFeature(stored, nowIso()), "delete");
    });
  }
}
