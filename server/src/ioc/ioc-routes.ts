// The province operations centre (IOC), province units only (403 otherwise):
//   GET /ioc/communes?staleDays=N                  per-commune aggregates (FeatureCollection)
//   GET /ioc/incidents/tiles/{z}/{x}/{y}.mvt       open incidents as a vector tile, layer "incidents"
//     (from zoom 13 each incident; below, one point per commune with `count` and its highest severity)

import type { FastifyInstance } from "fastify";
import { withUserTransaction, type Queryable } from "../db/user-transaction";
import { badRequest, forbidden, unauthorized } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";
import { INCIDENT_SEVERITIES } from "../../../src/domain/incident-categories";
import { COMMUNE_TILE_SQL, COMMUNES_SQL, DETAIL_MIN_ZOOM, INSPECTION_INTERVAL_DAYS, OPEN_STATUSES, TILE_SQL } from "./ioc-sql";

/** Severity ids from lowest to highest (the domain's order). */
const SEVERITY_ORDER = INCIDENT_SEVERITIES.map((severity) => severity.id);

const DEFAULT_STALE_DAYS = 7;

async function requireProvince(client: Queryable): Promise<void> {
  const { rows } = await client.query<{ kind: string | null }>("select app.ctx_unit_kind() as kind");
  if (!rows[0].kind) throw unauthorized("Tài khoản không còn hiệu lực.");
  if (rows[0].kind !== "province") throw forbidden("Chỉ Trung tâm điều hành cấp tỉnh (IOC) được xem tổng hợp toàn tỉnh.");
}

function tileCoordinates(params: { z: string; x: string; y: string }): [number, number, number] {
  const [z, x, y] = [params.z, params.x, params.y].map((text) => (/^\d{1,8}$/.test(text) ? Number(text) : Number.NaN));
  if (!(z <= 22) || !(x < 2 ** z) || !(y < 2 ** z)) throw badRequest("Ô bản đồ z/x/y không hợp lệ.");
  return [z, x, y];
}

export function registerIocRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Querystring: { staleDays?: string } }>("/ioc/communes", async (request, reply) => {
    const userId = requireUserId(request);
    const text = request.query.staleDays ?? String(DEFAULT_STALE_DAYS);
    if (!/^\d{1,4}$/.test(text)) throw badRequest("Tham số staleDays phải là số ngày (số nguyên không âm).");
    const features = await withUserTransaction(context.pool, userId, async (client) => {
      await requireProvince(client);
      return (await client.query<{ feature: string }>(COMMUNES_SQL, [Number(text), OPEN_STATUSES, INSPECTION_INTERVAL_DAYS])).rows;
    });
    return reply.type("application/geo+json").send(`{"type":"FeatureCollection","features":[${features.map((row) => row.feature).join(",")}]}`);
  });

  app.get<{ Params: { z: string; x: string; y: string } }>("/ioc/incidents/tiles/:z/:x/:y.mvt", async (request, reply) => {
    const userId = requireUserId(request);
    const [z, x, y] = tileCoordinates(request.params);
    const tile = await withUserTransaction(context.pool, userId, async (client) => {
      await requireProvince(client);
      const { rows } = z >= DETAIL_MIN_ZOOM
        ? await client.query<{ tile: Buffer }>(TILE_SQL, [z, x, y, OPEN_STATUSES])
        : await client.query<{ tile: Buffer }>(COMMUNE_TILE_SQL, [z, x, y, OPEN_STATUSES, SEVERITY_ORDER]);
      return rows[0].tile;
    });
    return reply.type("application/vnd.mapbox-vector-tile").send(tile);
  });
}
