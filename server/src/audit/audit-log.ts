// Appends to the audit trail (table audit_log: who, unit, when, what, from
// where). Written in the same transaction as the write it describes, so a
// change is never stored without its audit row. The table refuses updates
// and deletes for everyone; the API role may only insert.

import type { Queryable } from "../db/user-transaction";

export interface AuditEntry {
  userId: string | null;
  username: string;
  unitId: string | null;
  action: string;
  collection?: string;
  itemId?: string;
  detail?: Record<string, unknown>;
  clientAddress: string;
}

export async function appendAudit(client: Queryable, entry: AuditEntry): Promise<void> {
  await client.query(
    `insert into audit_log (user_id, username, unit_id, action, collection, item_id, detail, client_address)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.userId, entry.username, entry.unitId, entry.action, entry.collection ?? null, entry.itemId ?? null, JSON.stringify(entry.detail ?? {}), entry.clientAddress],
  );
}
