// Every request that touches data runs in one transaction whose first
// statement sets the user's context (`set_config(…, true)` = SET LOCAL): the
// row-level security policies read it, and it ends with the transaction, so
// a pooled connection never carries one user's context into another's request.
//
// The pool's connections run in pipeline mode (app.ts): statements sent
// without waiting for each other's answers travel together, and PostgreSQL
// still runs them one after the other, in order. So `begin` and the context
// leave with the request's first statement instead of costing two round
// trips of their own, and a read (`readAsUser`) is ONE round trip: begin,
// context, its statements, commit. A statement that fails aborts the
// transaction; the `commit` queued behind it then rolls back.

import type pg from "pg";

export type Queryable = Pick<pg.PoolClient, "query">;

/** Named: parsed once per pooled connection. */
const SET_USER_CONTEXT = { name: "set-user-context", text: "select set_config('app.user_id', $1, true)" };

/** Sends begin and the context without waiting; the returned promise settles with them (never unhandled). */
function beginAsUser(client: Queryable, userId: string | null): Promise<unknown> {
  const begun = Promise.all([client.query("begin"), client.query({ ...SET_USER_CONTEXT, values: [userId ?? ""] })]);
  begun.catch(() => undefined);
  return begun;
}

export async function withUserTransaction<T>(pool: pg.Pool, userId: string | null, work: (client: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const begun = beginAsUser(client, userId);
    const result = await work(client);
    await begun;
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Read-only statements as the user, in one transaction and one round trip; their results in order. */
export async function readAsUser(pool: pg.Pool, userId: string | null, statements: readonly pg.QueryConfig[]): Promise<pg.QueryResult[]> {
  const client = await pool.connect();
  try {
    const begun = beginAsUser(client, userId);
    const results = statements.map((statement) => client.query(statement));
    const committed = client.query("commit");
    const settled = await Promise.allSettled([begun, ...results, committed]);
    const failure = settled.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
    return Promise.all(results);
  } finally {
    client.release();
  }
}
