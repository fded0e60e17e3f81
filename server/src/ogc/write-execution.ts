// The frame of every write: one transaction as the user, the account checked
// (an editor, still enabled), an outbox replay answered from the stored
// response, the write itself, its idempotency record and its audit row —
// all committed together or not at all.

import type { FastifyReply, FastifyRequest } from "fastify";
import { appendAudit } from "../audit/audit-log";
import { withUserTransaction, type Queryable } from "../db/user-transaction";
import { forbidden, unauthorized } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";
import { findStoredResponse, idempotencyKey, requestHash, storeResponse, type WriteResponse } from "./idempotency";

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

async function loadActor(client: Queryable): Promise<Actor | null> {
  const { rows } = await client.query<Actor>(
    `select id, username, unit_id as "unitId", role from users where id = app.ctx_user_id() and not disabled`,
  );
  return rows[0] ?? null;
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
    const actor = await loadActor(client);
    if (!actor) throw unauthorized("Tài khoản không còn hiệu lực.");
    if (actor.role !== "bien-tap") throw forbidden("Tài khoản chỉ xem không được ghi dữ liệu.");
    const stored = key ? await findStoredResponse(client, key, hash) : null;
    if (stored) return stored;
    const outcome = await perform(client, actor);
    const answer: WriteResponse = { status: outcome.status, etag: outcome.etag, location: outcome.location, body: outcome.body };
    if (key) await storeResponse(client, key, hash, answer);
    await appendAudit(client, {
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
