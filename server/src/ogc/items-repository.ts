// Reads items of one collection as the current user (row-level security
// decides which rows exist for them): a page by bbox / datetime / keyset
// cursor, or one item with its version for the ETag.

import type pg from "pg";
import { readAsUser } from "../db/user-transaction";
import type { CollectionDefinition } from "../collections/collection-registry";
import { ATTACHMENT_JSON, FEATURE_JSON } from "./feature-sql";
import type { ItemQuery } from "./item-query";
import { INCIDENT_COLLECTION } from "../../../src/domain/incident-ogc-feature";

export interface ItemPage {
  features: string[];
  /** Id of the last feature when there is a next page. */
  nextAfter: string | null;
}

/** One round trip: the plan choice (incidents by bbox) and the page go out with begin, context and commit. */
export async function readItemPage(pool: pg.Pool, userId: string, collection: CollectionDefinition, query: ItemQuery): Promise<ItemPage> {
  const conditions = ["deleted_at is null"];
  const parameters: unknown[] = [];
  const parameter = (value: unknown): string => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const attachments = collection.storage === "attachments";
  if (!attachments) conditions.push(`collection = ${parameter(collection.id)}`);
  if (query.bbox) {
    if (attachments) conditions.push("false");
    else {
      const envelope = `st_makeenvelope(${query.bbox.map(parameter).join(", ")}, 4326)`;
      conditions.push(`geometry && ${envelope}`);
      // For points, box overlap IS intersection: the exact test would only re-read every
      // geometry in the box (≈ 3× the query time for a commune's incidents).
      const pointsOnly = collection.geometryTypes.length === 1 && collection.geometryTypes[0] === "Point";
      if (!pointsOnly) conditions.push(`st_intersects(geometry, ${envelope})`);
    }
  }
  const timeColumn = attachments ? "updated_at" : "datetime";
  if (query.datetimeStart) conditions.push(`${timeColumn} >= ${parameter(query.datetimeStart)}::timestamptz`);
  if (query.datetimeEnd) conditions.push(`${timeColumn} <= ${parameter(query.datetimeEnd)}::timestamptz`);
  if (query.after) conditions.push(`id > ${parameter(query.after)}::uuid`);
  // Two steps: choose the page's ids (sorting thousands of narrow ids, not whole rows),
  // then build the JSON of those rows only.
  const table = attachments ? "attachments" : "features";
  const sql = `with page as materialized (
      select id from ${table} where ${conditions.join(" and ")} order by id limit ${parameter(query.limit + 1)})
    select id, ${attachments ? ATTACHMENT_JSON : FEATURE_JSON} as feature
    from ${table} where id in (select id from page) order by id`;
  // The page stays an unnamed statement: planned for its own box and under the plan choice made
  // just before it (a prepared statement's generic plan would ignore both).
  const page = { text: sql, values: parameters };
  const statements = query.bbox && collection.id === INCIDENT_COLLECTION ? [chooseIdWalk(query.bbox, query.limit + 1), page] : [page];
  const results = await readAsUser(pool, userId, statements);
  const rows = (results[results.length - 1] as pg.QueryResult<{ id: string; feature: string }>).rows;
  const more = rows.length > query.limit;
  const pageRows = more ? rows.slice(0, query.limit) : rows;
  return { features: pageRows.map((row) => row.feature), nextAfter: more ? pageRows[pageRows.length - 1].id : null };
}

/** Entries the id-ordered walk may read for one page before the GiST bitmap is the better plan. */
const WALK_BUDGET = 20_000;

/**
 * Row-level security hides from the planner how many rows a box holds (the
 * policy's selectivity is a guess), so it sorts every match even for a
 * commune-sized box. PostGIS's estimate of the box tells whether walking
 * incidents in id order (migration 009) reaches a page within WALK_BUDGET
 * entries; if so, the bitmap plan is switched off for this transaction, and
 * for a sparse box the walk is (it would read every incident). No statistics
 * yet (a fresh database): the planner decides.
 */
function chooseIdWalk(bbox: readonly [number, number, number, number], pageRows: number): pg.QueryConfig {
  return {
    name: "choose-id-walk",
    text: `select set_config('enable_bitmapscan', case when walk then 'off' else 'on' end, true),
       set_config('enable_indexonlyscan', case when walk is false then 'off' else 'on' end, true)
     from (select $5 * reltuples / nullif(app.estimated_box_rows(st_makeenvelope($1, $2, $3, $4, 4326)), 0) <= ${WALK_BUDGET} as walk
           from pg_class where oid = 'features'::regclass) as choice`,
    values: [...bbox, pageRows],
  };
}

export interface StoredItem {
  feature: string;
  version: number;
  deleted: boolean;
}

/** One round trip, a named statement per storage (the plan is the primary key's either way). */
export async function readItem(pool: pg.Pool, userId: string, collection: CollectionDefinition, id: string): Promise<StoredItem | null> {
  const statement: pg.QueryConfig = collection.storage === "attachments"
    ? { name: "read-attachment-item", text: `select ${ATTACHMENT_JSON} as feature, version, deleted_at is not null as deleted from attachments where id = $1`, values: [id] }
    : { name: "read-feature-item", text: `select ${FEATURE_JSON} as feature, version, deleted_at is not null as deleted from features where id = $1 and collection = $2`, values: [id, collection.id] };
  const [{ rows }] = await readAsUser(pool, userId, [statement]);
  return (rows[0] as StoredItem | undefined) ?? null;
}
