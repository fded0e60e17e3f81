// Devices that sync (table devices, one row per device and user): every
// /sync/* request may carry `X-Device-Id: <uuid>`; the server keeps when the
// device was last seen and when its last /sync/changes succeeded, for the
// IOC's "devices not synced for more than N days".

import type { FastifyRequest } from "fastify";
import type { Queryable } from "../db/user-transaction";
import { badRequest } from "../http/problem";
import { isUuid } from "../ogc/item-query";

export function deviceId(request: FastifyRequest): string | null {
  const header = request.headers["x-device-id"];
  if (header === undefined) return null;
  if (typeof header !== "string" || !isUuid(header)) throw badRequest("Tiêu đề X-Device-Id phải là UUID của thiết bị.");
  return header.toLowerCase();
}

/** Inside the request's transaction; `synced` marks a successful pull of changes. */
export async function recordDevice(client: Queryable, device: string | null, synced: boolean): Promise<void> {
  if (!device) return;
  await client.query(
    `insert into devices (id, user_id, unit_id, last_sync_at)
     select $1::uuid, app.ctx_user_id(), app.ctx_unit_id(), case when $2 then now() end
     where app.ctx_unit_id() is not null
     on conflict (id, user_id) do update set unit_id = excluded.unit_id, last_seen_at = now(),
       last_sync_at = coalesce(excluded.last_sync_at, devices.last_sync_at)`,
    [device, synced],
  );
}
