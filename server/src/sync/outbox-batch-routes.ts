// POST /sync/outbox: a device sends up to 1,000 outbox entries at once, in
// order; the server applies them in ONE transaction — runs of consecutive
// creates as one statement each (outbox-create-run.ts), everything else one
// by one with a savepoint per entry, so a refused entry — 412, 403, 422 —
// does not undo the others —
// and answers each entry's status. Same idempotency and audit as the single
// requests: an entry already applied (its UUID is in idempotency_keys) gets
// its first answer again. One round trip per batch instead of per entry is
// what lets a device that was offline for days catch up in seconds.

import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { toProblem } from "../http/error-handler";
import { forbidden, unauthorized } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";
import { appendAuditAndResponse } from "../ogc/audit-and-response";
import { requestHash } from "../ogc/idempotency";
import { loadActorAndStoredResponse } from "../ogc/write-execution";
import { applyEntry, asCreate, entryIfMatch, parseEntries, type OutboxEntryInput } from "./outbox-entry";
import { insertCreateRun, type CreateRunEntry } from "./outbox-create-run";
import type { StoredAnswer } from "./stored-answers";
import { storedAnswers } from "./stored-answers";
import { deviceId, recordDevice } from "./device-tracking";

export interface EntryResult {
  id: string;
  status: number;
  etag?: string;
  detail?: string;
}

/** The consecutive creates from `start` that one statement can write (not answered before, ids distinct). */
function createRunAt(entries: readonly OutboxEntryInput[], hashes: readonly string[], start: number, answered: Map<string, StoredAnswer>, base: string): CreateRunEntry[] {
  const run: CreateRunEntry[] = [];
  const ids = new Set<string>();
  for (let index = start; index < entries.length; index += 1) {
    if (answered.has(entries[index].id)) break;
    const create = asCreate(entries[index], hashes[index], base);
    if (!create || ids.has(create.id)) break;
    ids.add(create.id);
    run.push(create);
  }
  return run;
}

export function registerOutboxBatchRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/sync/outbox", async (request) => {
    const userId = requireUserId(request);
    const entries = parseEntries(request.body);
    const device = deviceId(request);
    const base = baseUrl(request, context.config);
    const results = await withUserTransaction(context.pool, userId, async (client) => {
      const { actor } = await loadActorAndStoredResponse(client, null, "");
      if (!actor) throw unauthorized("Tài khoản không còn hiệu lực.");
      if (actor.role !== "bien-tap") throw forbidden("Tài khoản chỉ xem không được ghi dữ liệu.");
      // Sent together (pipelined, see db/user-transaction.ts): one round trip for the three.
      const [answered] = await Promise.all([
        storedAnswers(client, entries.map((entry) => entry.id)),
        recordDevice(client, device, false),
        client.query("savepoint outbox_entry"),
      ]);
      const results: EntryResult[] = [];
      const hashes = entries.map((entry) => requestHash(entry.method, entry.path, entryIfMatch(entry), entry.payload));
      const applyOne = async (index: number): Promise<void> => {
        const entry = entries[index];
        const hash = hashes[index];
        const previous = answered.get(entry.id);
        if (previous) {
          results[index] = previous.hash === hash
            ? { id: entry.id, status: previous.status, ...(previous.etag ? { etag: previous.etag } : {}) }
            : { id: entry.id, status: 422, detail: "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác." };
          return;
        }
        try {
          const outcome = await applyEntry(client, actor.id, entry, base);
          await appendAuditAndResponse(
            client,
            { key: entry.id, hash, response: { status: outcome.status, etag: outcome.etag, location: outcome.location, body: null } },
            {
              userId: actor.id, username: actor.username, unitId: actor.unitId,
              action: outcome.changed ? "outbox" : "outbox-replay",
              collection: entry.path.split("/")[2], itemId: outcome.itemId ?? undefined,
              detail: { method: entry.method, path: entry.path, status: outcome.status, idempotencyKey: entry.id }, clientAddress: request.ip,
            },
          );
          // Multi-statement text without parameters: one round trip to close this entry and open the next.
          await client.query("release savepoint outbox_entry; savepoint outbox_entry");
          answered.set(entry.id, { hash, status: outcome.status, etag: outcome.etag });
          results[index] = { id: entry.id, status: outcome.status, ...(outcome.etag ? { etag: outcome.etag } : {}) };
        } catch (error) {
          const problem = toProblem(error);
          if (!problem) throw error;
          await client.query("rollback to savepoint outbox_entry");
          results[index] = { id: entry.id, status: problem.status, detail: problem.detail };
        }
      };
      let index = 0;
      while (index < entries.length) {
        const run = createRunAt(entries, hashes, index, answered, base);
        if (run.length < 2) {
          await applyOne(index);
          index += 1;
          continue;
        }
        const created = await insertCreateRun(client, actor, run, request.ip).then(
          async (etags) => {
            await client.query("release savepoint outbox_entry; savepoint outbox_entry");
            return etags;
          },
          // Some entry of the run is refused: undo the run, let each entry find its own status.
          async () => {
            await client.query("rollback to savepoint outbox_entry");
            return new Map<string, string>();
          },
        );
        for (const [offset, item] of run.entries()) {
          const etag = created.get(item.id);
          if (etag) {
            answered.set(item.entry.id, { hash: item.hash, status: 201, etag });
            results[index + offset] = { id: item.entry.id, status: 201, etag };
          } else {
            // Not created by the run (the id exists): nothing changed, so deciding it now keeps the order.
            await applyOne(index + offset);
          }
        }
        index += run.length;
      }
      await client.query("release savepoint outbox_entry");
      return results;
    });
    return { results };
  });
}
