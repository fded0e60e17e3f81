// The answers already given to outbox entries of a batch (idempotency_keys,
// the user's own rows only), fetched in one query before the batch runs.

import type { Queryable } from "../db/user-transaction";

export interface StoredAnswer {
  hash: string;
  status: number;
  etag: string | null;
}

export async function storedAnswers(client: Queryable, keys: readonly string[]): Promise<Map<string, StoredAnswer>> {
  const { rows } = await client.query<{ key: string; request_hash: string; status: number; etag: string | null }>(
    "select key::text, request_hash, status, etag from idempotency_keys where key = any($1::uuid[])",
    [keys],
  );
  return new Map(rows.map((row) => [row.key, { hash: row.request_hash, status: row.status, etag: row.etag }]));
}
