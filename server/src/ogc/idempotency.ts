// Outbox replays: each outbox entry has its own UUID, sent as the
// `Idempotency-Key` header. The first answer to a key is kept in
// idempotency_keys (per user, row-level security); the same request with the
// same key gets that answer again and changes nothing; a different request
// reusing the key is refused.

import { createHash } from "node:crypto";
import type { Queryable } from "../db/user-transaction";
import { badRequest, unprocessable } from "../http/problem";
import { isUuid } from "./item-query";

export interface WriteResponse {
  status: number;
  etag: string | null;
  location: string | null;
  /** JSON text of the body, or null for an empty body. */
  body: string | null;
}

export function idempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (typeof header !== "string" || !isUuid(header)) throw badRequest("Tiêu đề Idempotency-Key phải là UUID của mục hàng đợi.");
  return header.toLowerCase();
}

export function requestHash(method: string, path: string, ifMatch: string | undefined, body: unknown): string {
  return createHash("sha256").update(JSON.stringify([method, path, ifMatch ?? null, body ?? null])).digest("hex");
}

export async function findStoredResponse(client: Queryable, key: string, hash: string): Promise<WriteResponse | null> {
  const { rows } = await client.query<{ request_hash: string; status: number; etag: string | null; location: string | null; body: string | null }>(
    "select request_hash, status, etag, location, body::text as body from idempotency_keys where key = $1",
    [key],
  );
  const stored = rows[0];
  if (!stored) return null;
  if (stored.request_hash !== hash) throw unprocessable("Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.");
  return { status: stored.status, etag: stored.etag, location: stored.location, body: stored.body };
}

export async function storeResponse(client: Queryable, key: string, hash: string, response: WriteResponse): Promise<void> {
  await client.query(
    "insert into idempotency_keys (key, user_id, request_hash, status, etag, location, body) values ($1, app.ctx_user_id(), $2, $3, $4, $5, $6::jsonb)",
    [key, hash, response.status, response.etag, response.location, response.body],
  );
}
