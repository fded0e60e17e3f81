// A throw-away database per test file on the local PostgreSQL: created with
// PostGIS, migrated as the owner (superuser `postgres`), then used by the API
// login role `oapif_app` (member of oapif_api: not owner, not superuser).

import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../src/db/migrate";

const HOST = process.env.OAPIF_TEST_PGHOST ?? "127.0.0.1";
const PORT = process.env.OAPIF_TEST_PGPORT ?? "5432";
export const API_LOGIN_ROLE = "oapif_app";

export interface TestDatabase {
  name: string;
  adminUrl: string;
  apiUrl: string;
  drop(): Promise<void>;
}

const urlFor = (user: string, database: string) => `postgres://${user}@${HOST}:${PORT}/${database}`;

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix = "oapif_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const maintenanceUrl = urlFor("postgres", "postgres");
  await withClient(maintenanceUrl, async (client) => {
    await client.query(`create database ${name}`);
    await client.query(`do $$ begin
        create role ${API_LOGIN_ROLE} login nosuperuser nobypassrls inherit;
      exception when duplicate_object or unique_violation then null; end $$`);
  });
  const adminUrl = urlFor("postgres", name);
  await migrate(adminUrl);
  await withClient(adminUrl, async (client) => {
    await client.query(`do $$ begin grant oapif_api to ${API_LOGIN_ROLE}; exception when unique_violation then null; end $$`);
    await client.query(`grant connect on database ${name} to ${API_LOGIN_ROLE}`);
  });
  return {
    name,
    adminUrl,
    apiUrl: urlFor(API_LOGIN_ROLE, name),
    drop: () => withClient(maintenanceUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
