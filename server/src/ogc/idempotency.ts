// Outbox replays: each outbox entry has its own UUID, sent as the
// `Idempotency-Key` header. The first answer to a key is kept in
// idempotency_keys (per user, row-level security; written and read by
// write-execution / audit-and-response); the same request with the same key
// gets that answer again and changes nothing; a different request reusing
// the key is refused (compared by the hash below).

import { createHash } from "node:crypto";
import { badRequest } from "../http/problem";
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
