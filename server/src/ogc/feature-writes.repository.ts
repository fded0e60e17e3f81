// Writes items of `features` as the current user. Row-level security has the
// last word (a row outside the user's communes cannot be inserted, seen or
// updated); this module adds optimistic concurrency: an update names the
// version it was based on and touches nothing when that version is stale.

import type { Queryable } from "../db/user-transaction";
import type { CollectionDefinition } from "../collections/collection-registry";
import { forbidden, notFound, preconditionFailed } from "../http/problem";
import { FEATURE_JSON } from "./feature-sql";
import type { FeatureInput } from "./feature-input";

export interface WrittenItem {
  id: string;
  version: number;
  feature: string;
  /** False when the request repeated what is already stored (an idempotent replay). */
  changed: boolean;
}

export interface StoredState {
  version: number;
  communeCodes: string[];
  shared: boolean;
  ownerUnitId: string;
  /** Whether the stored item already equals the input (geometry, properties, deletion). */
  sameContent: boolean;
}

const GEOMETRY = "case when $G::text is null then null else st_setsrid(st_geomfromgeojson($G::text), 4326) end";

function withGeometry(sql: string, position: number): string {
  return sql.replaceAll("$G", `$${position}`);
}

/**
 * SQL for the commune(s) of a new item: given ($C), else the unit's only
 * commune, else the unit's commune containing the geometry; '{}' when none
 * (the insert then fails the cardinality check → 422).
 */
const COMMUNE_CODES = `coalesce($C::text[], (select coalesce(array_agg(code order by code), '{}') from communes
  where code = any(app.ctx_communes())
    and ((select cardinality(app.ctx_communes())) = 1 or ($G::text is not null and st_intersects(boundary, ${GEOMETRY})))))`;

export async function readStoredState(client: Queryable, collection: CollectionDefinition, id: string, input: FeatureInput | null): Promise<StoredState | null> {
  const { rows } = await client.query<StoredState>(
    `select version, commune_codes as "communeCodes", shared_with_border_station as shared, owner_unit_id as "ownerUnitId",
       coalesce($3::jsonb = properties and (geometry is not distinct from ${withGeometry(GEOMETRY, 4)})
         and (deleted_at is null) = ($5::timestamptz is null), false) as "sameContent"
     from features where id = $1 and collection = $2`,
    [id, collection.id, input ? JSON.stringify(input.properties) : null, input?.geometry ?? null, input?.deletedAt ?? null],
  );
  return rows[0] ?? null;
}

/**
 * Inserts a new item; null when the id already exists (the caller then
 * compares contents). ON CONFLICT DO NOTHING keeps a replayed create to one
 * round trip in the common case.
 */
export async function insertFeature(client: Queryable, collection: CollectionDefinition, id: string, input: FeatureInput, userId: string): Promise<WrittenItem | null> {
  const { rows } = await client.query<{ version: number; feature: string }>(
    `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, shared_with_border_station, datetime, deleted_at, updated_by)
     values ($1, $2, ${withGeometry(GEOMETRY, 3)}, $4, ${withGeometry(COMMUNE_CODES, 3).replace("$C", "$5")}, (select app.ctx_unit_id()), $6, $7, $8, $9)
     on conflict (id) do nothing
     returning version, ${FEATURE_JSON} as feature`,
    [id, collection.id, input.geometry, JSON.stringify(input.properties), input.communeCodes, input.shared ?? false, input.datetime, input.deletedAt, userId],
  );
  return rows[0] ? { id, version: rows[0].version, feature: rows[0].feature, changed: true } : null;
}

/** Replaces the item if it is still at `expectedVersion`; 404 when invisible, 412 when stale. */
export async function replaceFeature(
  client: Queryable,
  collection: CollectionDefinition,
  id: string,
  expectedVersion: number,
  input: FeatureInput,
  userId: string,
): Promise<WrittenItem> {
  const stored = await readStoredState(client, collection, id, input);
  if (!stored) throw notFound();
  if (stored.sameContent && (stored.version === expectedVersion + 1 || stored.version === expectedVersion)) {
    // The same change arrives again (an outbox replay): answer with what is stored, change nothing.
    const { rows } = await client.query<{ feature: string }>(`select ${FEATURE_JSON} as feature from features where id = $1`, [id]);
    return { id, version: stored.version, feature: rows[0].feature, changed: false };
  }
  if (stored.version !== expectedVersion) throw preconditionFailed();
  const { rows } = await client.query<{ version: number; feature: string }>(
    `update features set geometry = ${withGeometry(GEOMETRY, 3)}, properties = $4, commune_codes = $5,
       shared_with_border_station = $6, datetime = $7, deleted_at = $8, updated_by = $9, version = version + 1
     where id = $1 and version = $2
     returning version, ${FEATURE_JSON} as feature`,
    [id, expectedVersion, input.geometry, JSON.stringify(input.properties), input.communeCodes ?? stored.communeCodes, input.shared ?? stored.shared, input.datetime, input.deletedAt, userId],
  );
  if (rows.length === 0) {
    // Either someone else wrote in between (stale) or the policy lets this user see the row but not write it.
    const now = await readStoredState(client, collection, id, null);
    throw now && now.version === expectedVersion ? forbidden("Đơn vị của bạn chỉ được xem, không được sửa mục này.") : preconditionFailed();
  }
  return { id, version: rows[0].version, feature: rows[0].feature, changed: true };
}

/** The stored feature as the client would send it back (for PATCH). */
export async function readFeatureForPatch(client: Queryable, collection: CollectionDefinition, id: string): Promise<Record<string, unknown> | null> {
  const { rows } = await client.query<{ feature: string }>(`select ${FEATURE_JSON} as feature from features where id = $1 and collection = $2`, [id, collection.id]);
  return rows[0] ? (JSON.parse(rows[0].feature) as Record<string, unknown>) : null;
}
