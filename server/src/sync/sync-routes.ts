// The app's sync: every change the device keeps since a cursor (the server's
// change sequence) — for a commune or border station every record it may see,
// for the province only its own unit's — deletions included (as items with deletedAt), features
// and attachment metadata interleaved in the order they were written, paged;
// directives (re-sent when acknowledged) and alerts the user may see ride
// along in the same order.
// The device stores `nextCursor` and asks again until `more` is false.

import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { badRequest } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";
import { ATTACHMENT_JSON, FEATURE_JSON } from "../ogc/feature-sql";
import { ALERT_JSON, DIRECTIVE_JSON, DIRECTIVE_SEQ } from "../coordination/coordination-sql";
import { deviceId, recordDevice } from "./device-tracking";

const DEFAULT_PAGE = 1_000;
const MAX_PAGE = 10_000;

function parseNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,18}$/.test(value)) throw badRequest(`Tham số ${name} phải là số nguyên không âm.`);
  return Number(value);
}

export function registerSyncRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Querystring: { since?: string; limit?: string } }>("/sync/changes", async (request, reply) => {
    const userId = requireUserId(request);
    const device = deviceId(request);
    const since = parseNumber(request.query.since, 0, "since");
    const limit = Math.min(Math.max(parseNumber(request.query.limit, DEFAULT_PAGE, "limit"), 1), MAX_PAGE);
    const rows = await withUserTransaction(context.pool, userId, async (client) => {
      // Below the province, the explicit commune condition repeats what row-level security
      // enforces, so the planner can use the GIN commune index instead of walking the whole
      // province's change sequence (see migration 006). A province device keeps only what its
      // own unit wrote (docs/features/province.md): the communes' records stay here, read by
      // the IOC on demand, instead of the whole province's in the device's IndexedDB (migration 010).
      const kind = (await client.query<{ kind: string | null }>("select app.ctx_unit_kind() as kind")).rows[0].kind;
      const scope = kind === "province" ? "owner_unit_id = (select app.ctx_unit_id())" : "commune_codes && (select app.ctx_communes())";
      // The device's sync time travels with the page (pipelined); a failed page aborts both.
      const page = client.query<{ change_seq: string; change: string }>(
        `select change_seq, change from (
           (select change_seq, '{"collection":' || to_json(collection)::text || ',"feature":' || ${FEATURE_JSON} || '}' as change
              from features where change_seq > $1 and ${scope} order by change_seq limit $2)
           union all
           (select change_seq, '{"collection":"attachments","feature":' || ${ATTACHMENT_JSON} || '}' as change
              from attachments where change_seq > $1 and ${scope} order by change_seq limit $2)
           union all
           (select change_seq, '{"collection":"directives","feature":' || feature || '}' as change
              from (select ${DIRECTIVE_SEQ} as change_seq, ${DIRECTIVE_JSON} as feature from directives as d) as directive
              where change_seq > $1 order by change_seq limit $2)
           union all
           (select change_seq, '{"collection":"alerts","feature":' || ${ALERT_JSON} || '}' as change
              from alerts as al where change_seq > $1 order by change_seq limit $2)
         ) as changes order by change_seq limit $2`,
        [since, limit + 1],
      );
      const [result] = await Promise.all([page, recordDevice(client, device, true)]);
      return result.rows;
    });
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const nextCursor = page.length > 0 ? page[page.length - 1].change_seq : String(since);
    return reply.type("application/json").send(`{"changes":[${page.map((row) => row.change).join(",")}],"nextCursor":"${nextCursor}","more":${more}}`);
  });
}
