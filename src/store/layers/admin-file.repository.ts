// Official boundary files kept for offline use (`adminFiles`, schema v7): the
// list of units (units.json) and the province files the user has chosen, as
// fetched from the app's own origin. Public data, kept as text; the other
// provinces' files are fetched only when one of their communes is chosen.

import type { AppDatabase } from "../database";
import { nowIso } from "../ids";

interface AdminFileRecord {
  /** Path relative to the admin data folder, e.g. "units.json", "provinces/42.topo.json". */
  path: string;
  text: string;
  storedAt: string;
}

function adminFileTable(database: AppDatabase) {
  return database.table<AdminFileRecord, string>("adminFiles");
}

export class AdminFileRepository {
  constructor(private readonly database: AppDatabase) {}

  async read(path: string): Promise<string | null> {
    return (await adminFileTable(this.database).get(path))?.text ?? null;
  }

  async keep(path: string, text: string): Promise<void> {
    await adminFileTable(this.database).put({ path, text, storedAt: nowIso() });
  }
}
