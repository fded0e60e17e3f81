// First start on a fresh PostgreSQL: create the province database when it is
// missing, and make the API's login role a member of oapif_api (creating it
// when missing). Refuses an API connection that would bypass row-level
// security (superuser, BYPASSRLS), since every policy would then be moot.

import pg from "pg";

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabaseExists(adminUrl: string): Promise<boolean> {
  const url = new URL(adminUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
  url.pathname = "/postgres";
  return withClient(url.toString(), async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`create database ${quoteIdentifier(name)}`);
    return true;
  });
}

export async function ensureApiLoginRole(adminUrl: string, apiUrl: string): Promise<void> {
  const api = new URL(apiUrl);
  const user = decodeURIComponent(api.username);
  const password = decodeURIComponent(api.password);
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean }>("select rolsuper from pg_roles where rolname = $1", [user]);
    if (rows[0]?.rolsuper) return; // checked (and refused or allowed) by assertApiRoleIsConfined
    if (!rows[0]) {
      await client.query(`create role ${quoteIdentifier(user)} login nosuperuser nobypassrls inherit`);
      if (password) await client.query(`alter role ${quoteIdentifier(user)} password ${pg.escapeLiteral(password)}`);
    }
    await client.query(`grant oapif_api to ${quoteIdentifier(user)}`);
    await client.query(`grant connect on database ${quoteIdentifier(await currentDatabase(client))} to ${quoteIdentifier(user)}`);
  });
}

async function currentDatabase(client: pg.Client): Promise<string> {
  return (await client.query<{ name: string }>("select current_database() as name")).rows[0].name;
}

/** Throws unless the API connection is subject to row-level security. */
export async function assertApiRoleIsConfined(apiUrl: string): Promise<void> {
  await withClient(apiUrl, async (client) => {
    const { rows } = await client.query<{ privileged: boolean; owns: boolean }>(
      `select (rolsuper or rolbypassrls) as privileged,
         exists (select 1 from pg_class where relname = 'features' and pg_has_role(current_user, relowner, 'MEMBER')) as owns
       from pg_roles where rolname = current_user`,
    );
    if (rows[0].privileged || rows[0].owns) {
      throw new Error("Vai trò kết nối của API là superuser, BYPASSRLS hoặc chủ bảng: phân quyền theo dòng sẽ bị bỏ qua. Hãy dùng vai trò riêng (OAPIF_DATABASE_URL).");
    }
  });
}
