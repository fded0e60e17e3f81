// The frame of every write: one transaction as the user, the account checked
// (an editor, still enabled), an outbox replay answered from the stored
// response, the write itself, its idempotency record and its audit row —
// all committed together or not at all.

import type { FastifyReply, FastifyRequest } from "fastify";
import { appendAuditAndResponse } from "./audit-and-response";
import { withUserTransaction, type Queryable } from "../db/user-transaction";
import { forbidden, unauthorized, unprocessable } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";
import { idempotencyKey, requestHash, type WriteResponse } from "./idempotency";

export interface Actor {
  id: string;
  username: string;
  unitId: string;
  role: string;
}

export interface WriteDescription {
  action: string;
  collection: string;
  itemId: string | null;
}

export type WriteOutcome = WriteResponse & { itemId: string | null; changed: boolean };

/** The writer and, when the request carries a key already used, the stored answer — one round trip. */
export async function loadActorAndStoredResponse(client: Queryable, key: string | null, hash: string): Promise<{ actor: Actor | null; stored: WriteResponse | null }> {
  const { rows } = await client.query<Actor & { request_hash: string | null; status: number | null; etag: string | null; location: string | null; body: string | null }>(
    `select users.id, username, unit_id as "unitId", role, keys.request_hash, keys.status, keys.etag, keys.location, keys.body::text as body
     from users left join idempotency_keys as keys on keys.key = $1::uuid
     where users.id = app.ctx_user_id() and not users.disabled`,
    [key],
  );
  const row = rows[0];
  if (!row) return { actor: null, stored: null };
  const actor: Actor = { id: row.id, username: row.username, unitId: row.unitId, role: row.role };
  if (row.request_hash === null || row.status === null) return { actor, stored: null };
  if (row.request_hash !== hash) throw unprocessable("Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.");
  return { actor, stored: { status: row.status, etag: row.etag, location: row.location, body: row.body } };
}

export async function executeWrite(
  context: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  description: WriteDescription,
  perform: (client: Queryable, actor: Actor) => Promise<WriteOutcome>,
): Promise<FastifyReply> {
  const userId = requireUserId(request);
  const key = idempotencyKey(request.headers["idempotency-key"]);
  const hash = requestHash(request.method, request.url, request.headers["if-match"], request.body);
  const response = await withUserTransaction(context.pool, userId, async (client) => {
    const { actor, stored } = await loadActorAndStoredResponse(client, key, hash);
    if (!actor) throw unauthorized("Tài khoản không còn hiệu lực.");
    if (actor.role !== "bien-tap") throw forbidden("Tài khoản chỉ xem không được ghi dữ liệu.");
    if (stored) return stored;
    const outcome = await perform(client, actor);
    const answer: WriteResponse = { status: outcome.status, etag: outcome.etag, location: outcome.location, body: outcome.body };
    await appendAuditAndResponse(client, key ? { key, hash, response: answer } : null, {
      userId: actor.id,
      username: actor.username,
      unitId: actor.unitId,
      action: outcome.changed ? description.action : `${description.action}-replay`,
      collection: description.collection,
      itemId: outcome.itemId ?? description.itemId ?? undefined,
      detail: { method: request.method, path: request.url, status: outcome.status, idempotencyKey: key },
      clientAddress: request.ip,
    });
    return answer;
  });
  if (response.etag) reply.header("etag", response.etag);
  if (response.location) reply.header("location", response.location);
  reply.code(response.status);
  if (response.body === null) return reply.send();
  return reply.type("application/geo+json").send(response.body);
}
