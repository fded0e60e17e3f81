// The fast path of POST /sync/outbox: a run of consecutive creates (POST
// …/items of feature collections, the bulk of a device's backlog) written by
// ONE statement — insert the rows in the entries' order (so their change_seq
// follows the outbox order), then their idempotency answers and audit rows —
// instead of three round trips per entry. Whatever the set cannot decide
// (an id that already exists: replay, clash or someone else's UUID) is left
// to the per-entry path, which then changes nothing; if the statement fails
// (a row outside the user's communes, a bad geometry), the caller rolls back
// to its savepoint and runs the entries one by one for their own statuses.

import type { Queryable } from "../db/user-transaction";
import type { CollectionDefinition } from "../collections/collection-registry";
import type { FeatureInput } from "../ogc/feature-input";
import { etagOf } from "../ogc/item-operations";
import type { Actor } from "../ogc/write-execution";
import type { OutboxEntryInput } from "./outbox-entry";

export interface CreateRunEntry {
  entry: OutboxEntryInput;
  hash: string;
  collection: CollectionDefinition;
  input: FeatureInput;
  id: string;
  location: string;
}

/**
 * Commune of a new row when the entry names none: the unit's only commune, else the one
 * containing the geometry. The unit's communes are init plans (once per statement), so the
 * usual case — a commune unit, one commune — costs nothing per row; only a unit of several
 * communes searches the boundaries row by row (the search was ≈ a third of a batch's time).
 */
const RESOLVED_COMMUNES = `case when (select cardinality(app.ctx_communes())) = 1 then (select app.ctx_communes())
  else (select coalesce(array_agg(code order by code), '{}') from communes
    where array[code] <@ (select app.ctx_communes())
      and input.geometry is not null and st_intersects(boundary, st_setsrid(st_geomfromgeojson(input.geometry), 4326))) end`;

const INSERT_RUN = `
with input as (
  select * from jsonb_to_recordset($1::jsonb) as input(
    ord int, key uuid, id uuid, collection text, geometry text, properties jsonb, commune_codes text[],
    shared boolean, datetime timestamptz, deleted_at timestamptz, hash text, location text, path text)
),
inserted as (
  insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, shared_with_border_station, datetime, deleted_at, updated_by)
  select id, collection, case when geometry is null then null else st_setsrid(st_geomfromgeojson(geometry), 4326) end, properties,
    coalesce(commune_codes, ${RESOLVED_COMMUNES}), (select app.ctx_unit_id()), coalesce(shared, false), datetime, deleted_at, $2::uuid
  from input order by ord
  on conflict (id) do nothing
  returning id, version
),
answers as (
  insert into idempotency_keys (key, user_id, request_hash, status, etag, location, body)
  select input.key, $2::uuid, input.hash, 201, '"' || inserted.version || '"', input.location, null
  from inserted join input using (id)
),
audit as (
  insert into audit_log (user_id, username, unit_id, action, collection, item_id, detail, client_address)
  select $2::uuid, $3, $4, 'outbox', input.collection, input.id::text,
    jsonb_build_object('method', 'POST', 'path', input.path, 'status', 201, 'idempotencyKey', input.key, 'batched', true), $5
  from inserted join input using (id) order by input.ord
)
select id::text as id, version from inserted`;

/** Writes the run; the ids created (→ their version). Entries missing from the map need the per-entry path. */
export async function insertCreateRun(client: Queryable, actor: Actor, run: readonly CreateRunEntry[], clientAddress: string): Promise<Map<string, string>> {
  const rows = run.map((item, ord) => ({
    ord,
    key: item.entry.id,
    id: item.id,
    collection: item.collection.id,
    geometry: item.input.geometry,
    properties: item.input.properties,
    commune_codes: item.input.communeCodes,
    shared: item.input.shared,
    datetime: item.input.datetime,
    deleted_at: item.input.deletedAt,
    hash: item.hash,
    location: item.location,
    path: item.entry.path,
  }));
  const { rows: created } = await client.query<{ id: string; version: number }>(INSERT_RUN, [
    JSON.stringify(rows), actor.id, actor.username, actor.unitId, clientAddress,
  ]);
  return new Map(created.map((row) => [row.id, etagOf(row.version)]));
}
