// Applies the numbered SQL files of server/migrations in order, each in its
// own transaction, and records them in `schema_migrations`. Runs as the owner
// role; an advisory lock keeps two servers from migrating at once.

import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";

const MIGRATIONS_DIRECTORY = fileURLToPath(new URL("../../migrations/", import.meta.url));
const MIGRATION_LOCK = 7_340_014;

export async function migrate(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query("create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())");
    const applied = new Set((await client.query<{ version: string }>("select version from schema_migrations")).rows.map((row) => row.version));
    const files = (await readdir(MIGRATIONS_DIRECTORY)).filter((name) => /^\d{3}_.+\.sql$/.test(name)).sort();
    const newlyApplied: string[] = [];
    for (const file of files) {
      const version = file.replace(/\.sql$/, "");
      if (applied.has(version)) continue;
      const sql = await readFile(MIGRATIONS_DIRECTORY + file, "utf8");
      await client.query("begin");
      try {
        await client.query(sql);
        await client.query("insert into schema_migrations (version) values ($1)", [version]);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw error;
      }
      newlyApplied.push(version);
    }
    return newlyApplied;
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
