// Directives ("chỉ đạo") down from the province and acknowledgements
// ("Đã nhận" / "Đã thực hiện") back up from the communes:
//   POST /directives                         province editors → 201 + Location
//   GET  /directives, GET /directives/{id}   as row-level security allows
//   POST /directives/{id}/acknowledgements   a commune unit's editor, for its commune (201; 200 when already recorded)
// The same rows reach devices through /sync/changes (collection "directives").

import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { appendAudit } from "../audit/audit-log";
import { withUserTransaction, type Queryable } from "../db/user-transaction";
import { ProblemError, forbidden, notFound, unauthorized, unprocessable } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";
import { isUuid } from "../ogc/item-query";
import { DIRECTIVE_JSON } from "./coordination-sql";
import { ACKNOWLEDGEMENT_STATES, parseDirective, type DirectiveInput } from "./directive-input";

interface Caller {
  id: string;
  username: string;
  unitId: string;
  kind: string;
  role: string;
  communes: string[];
}

async function loadCaller(client: Queryable): Promise<Caller> {
  const { rows } = await client.query<Caller>(
    `select users.id, username, unit_id as "unitId", app.ctx_unit_kind() as kind, role, app.ctx_communes() as communes
     from users where users.id = app.ctx_user_id() and not disabled`,
  );
  if (!rows[0]) throw unauthorized("Tài khoản không còn hiệu lực.");
  return rows[0];
}

async function readDirective(client: Queryable, id: string): Promise<string | null> {
  const { rows } = await client.query<{ feature: string }>(`select ${DIRECTIVE_JSON} as feature from directives as d where d.id = $1`, [id]);
  return rows[0]?.feature ?? null;
}

const sameDirective = `title = $2 and text = $3 and deadline is not distinct from $4::timestamptz and commune_codes = $5::text[]
  and geometry is not distinct from (case when $6::text is null then null else st_setsrid(st_geomfromgeojson($6::text), 4326) end)`;

async function insertDirective(client: Queryable, caller: Caller, id: string, input: DirectiveInput): Promise<"created" | "same"> {
  const { rows: unknown } = await client.query<{ code: string }>(
    "select wanted.code from unnest($1::text[]) as wanted (code) where not exists (select 1 from communes where communes.code = wanted.code)",
    [input.communeCodes],
  );
  if (unknown.length > 0) throw unprocessable(`Mã xã không có trong tỉnh: ${unknown.map((row) => row.code).join(", ")}.`);
  const parameters = [id, input.title, input.text, input.deadline, input.communeCodes, input.geometry, caller.unitId, caller.id, caller.username];
  const { rowCount } = await client.query(
    `insert into directives (id, title, text, deadline, commune_codes, geometry, owner_unit_id, created_by, created_by_name)
     values ($1, $2, $3, $4, $5, case when $6::text is null then null else st_setsrid(st_geomfromgeojson($6::text), 4326) end, $7, $8, $9)
     on conflict (id) do nothing`,
    parameters,
  );
  if (rowCount) return "created";
  // The same POST again (a replay by its client-made id) answers 200; another directive's id is a clash.
  const { rows } = await client.query(`select 1 from directives where id = $1 and ${sameDirective}`, parameters.slice(0, 6));
  if (rows.length === 0) throw new ProblemError(409, "Conflict", "Mã chỉ đạo (UUID) này đã được dùng cho chỉ đạo khác.");
  return "same";
}

function directiveIdOrNotFound(id: string): string {
  if (!isUuid(id)) throw notFound("Không tìm thấy chỉ đạo này.");
  return id.toLowerCase();
}

function auditFor(request: FastifyRequest, caller: Caller, action: string, itemId: string, detail: Record<string, unknown>) {
  return { userId: caller.id, username: caller.username, unitId: caller.unitId, action, collection: "directives", itemId, detail, clientAddress: request.ip };
}

export function registerDirectivesRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/directives", async (request, reply) => {
    const userId = requireUserId(request);
    const input = parseDirective(request.body);
    const id = input.id ?? randomUUID();
    const result = await withUserTransaction(context.pool, userId, async (client) => {
      const caller = await loadCaller(client);
      if (caller.kind !== "province" || caller.role !== "bien-tap") throw forbidden("Chỉ cán bộ biên tập cấp tỉnh được gửi chỉ đạo.");
      const outcome = await insertDirective(client, caller, id, input);
      if (outcome === "created") await appendAudit(client, auditFor(request, caller, "directive-create", id, { communeCodes: input.communeCodes }));
      return { outcome, feature: await readDirective(client, id) };
    });
    return reply
      .code(result.outcome === "created" ? 201 : 200)
      .header("location", `${baseUrl(request, context.config)}/directives/${id}`)
      .type("application/geo+json")
      .send(result.feature);
  });

  app.get("/directives", async (request, reply) => {
    const userId = requireUserId(request);
    const features = await withUserTransaction(context.pool, userId, async (client) =>
      (await client.query<{ feature: string }>(`select ${DIRECTIVE_JSON} as feature from directives as d order by d.created_at desc, d.id`)).rows,
    );
    return reply.type("application/geo+json").send(`{"type":"FeatureCollection","features":[${features.map((row) => row.feature).join(",")}]}`);
  });

  app.get<{ Params: { id: string } }>("/directives/:id", async (request, reply) => {
    const userId = requireUserId(request);
    const id = directiveIdOrNotFound(request.params.id);
    const feature = await withUserTransaction(context.pool, userId, (client) => readDirective(client, id));
    if (!feature) throw notFound("Không tìm thấy chỉ đạo này.");
    return reply.type("application/geo+json").send(feature);
  });

  app.post<{ Params: { id: string } }>("/directives/:id/acknowledgements", async (request, reply) => {
    const userId = requireUserId(request);
    const id = directiveIdOrNotFound(request.params.id);
    const body = (typeof request.body === "object" && request.body !== null ? request.body : {}) as { state?: unknown; communeCode?: unknown };
    if (!(ACKNOWLEDGEMENT_STATES as readonly unknown[]).includes(body.state)) throw unprocessable('Trạng thái phải là "da-nhan" (Đã nhận) hoặc "da-thuc-hien" (Đã thực hiện).');
    const state = body.state as string;
    const result = await withUserTransaction(context.pool, userId, async (client) => {
      const caller = await loadCaller(client);
      const feature = await readDirective(client, id);
      if (!feature) throw notFound("Không tìm thấy chỉ đạo này.");
      if (caller.role !== "bien-tap" || !["commune", "commune-military", "commune-police"].includes(caller.kind)) {
        throw forbidden("Chỉ cán bộ biên tập của xã nhận chỉ đạo được xác nhận.");
      }
      const addressed = (JSON.parse(feature) as { properties: { communeCodes: string[] } }).properties.communeCodes;
      const candidates = caller.communes.filter((code) => addressed.includes(code));
      const communeCode = typeof body.communeCode === "string" ? body.communeCode : candidates.length === 1 ? candidates[0] : null;
      if (!communeCode || !candidates.includes(communeCode)) throw unprocessable("Chỉ đạo này không gửi tới xã của đơn vị bạn (communeCode).");
      const { rowCount } = await client.query(
        `insert into directive_acknowledgements (directive_id, commune_code, state, by_user, by_username, unit_id)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        [id, communeCode, state, caller.id, caller.username, caller.unitId],
      );
      if (rowCount) await appendAudit(client, auditFor(request, caller, "directive-acknowledge", id, { communeCode, state }));
      return { created: rowCount === 1, feature: await readDirective(client, id) };
    });
    return reply.code(result.created ? 201 : 200).type("application/geo+json").send(result.feature);
  });
}
