// The last statement of a write: its audit row and, for an outbox entry, the
// answer kept under its Idempotency-Key — one round trip (a data-modifying
// CTE), inside the write's transaction.

import type { AuditEntry } from "../audit/audit-log";
import type { Queryable } from "../db/user-transaction";
import type { WriteResponse } from "./idempotency";

export interface StoredAnswer {
  key: string;
  hash: string;
  response: WriteResponse;
}

export async function appendAuditAndResponse(client: Queryable, answer: StoredAnswer | null, entry: AuditEntry): Promise<void> {
  await client.query(
    `with audit as (
       insert into audit_log (user_id, username, unit_id, action, collection, item_id, detail, client_address)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
     )
     insert into idempotency_keys (key, user_id, request_hash, status, etag, location, body)
     select $9::uuid, app.ctx_user_id(), $10, $11, $12, $13, $14::jsonb where $9::uuid is not null`,
    [
      entry.userId, entry.username, entry.unitId, entry.action, entry.collection ?? null, entry.itemId ?? null, JSON.stringify(entry.detail ?? {}), entry.clientAddress,
      answer?.key ?? null, answer?.hash ?? null, answer?.response.status ?? null, answer?.response.etag ?? null, answer?.response.location ?? null, answer?.response.body ?? null,
    ],
  );
}
