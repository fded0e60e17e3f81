// Every request that touches data runs in one transaction whose first
// statement sets the user's context (`set_config(…, true)` = SET LOCAL): the
// row-level security policies read it, and it ends with the transaction, so
// a pooled connection never carries one user's context into another's request.

import type pg from "pg";

export type Queryable = Pick<pg.PoolClient, "query">;

export async function withUserTransaction<T>(pool: pg.Pool, userId: string | null, work: (client: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query("select set_config('app.user_id', $1, true)", [userId ?? ""]);
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
