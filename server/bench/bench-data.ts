// The bench's province: 69 communes laid out as 0.1° squares in a grid, one
// police unit and editor per commune, and 1,000,000 incidents generated in
// SQL (INSERT … SELECT generate_series). The first commune — the one a
// device syncs — holds exactly 10,000 incidents and 10,000 layer features.

import type pg from "pg";
import { addCommune, createUnit, createUser } from "../src/admin/admin-commands";

export const COMMUNE_COUNT = 69;
// OAPIF_BENCH_INCIDENTS shrinks the data set for a quick dry run of the script.
export const TOTAL_INCIDENTS = Number(process.env.OAPIF_BENCH_INCIDENTS ?? 1_000_000);
export const SYNC_COMMUNE_INCIDENTS = 10_000;
export const SYNC_COMMUNE_FEATURES = 10_000;
const COLUMNS = 10;

export const communeCode = (index: number) => String(42_101 + index);

/** [west, south, east, north] of commune `index`. */
export function communeBox(index: number): [number, number, number, number] {
  const west = 105 + (index % COLUMNS) * 0.1;
  const south = 18 + Math.floor(index / COLUMNS) * 0.1;
  return [west, south, west + 0.1, south + 0.1];
}

export interface BenchAccounts {
  communeEditors: string[];
  province: string;
}

export async function seedAccounts(client: pg.Client): Promise<BenchAccounts> {
  const communeEditors: string[] = [];
  for (let index = 0; index < COMMUNE_COUNT; index += 1) {
    await addCommune(client, communeCode(index), `Xã ${index + 1}`);
    await createUnit(client, `ca-${index}`, "commune-police", `Công an xã ${index + 1}`, [communeCode(index)]);
  }
  await client.query(`update communes set boundary = st_multi(st_makeenvelope(
      105 + ((code::int - 42101) % ${COLUMNS}) * 0.1, 18 + ((code::int - 42101) / ${COLUMNS}) * 0.1,
      105.1 + ((code::int - 42101) % ${COLUMNS}) * 0.1, 18.1 + ((code::int - 42101) / ${COLUMNS}) * 0.1, 4326))`);
  // Argon2id hashing 69 passwords would only slow the bench; two editors are enough (the others never log in).
  for (const index of [0, 37]) {
    communeEditors[index] = (await createUser(client, `bien-tap-${index}`, "mat-khau-bench-dai", `ca-${index}`, "bien-tap")).id;
  }
  await createUnit(client, "tinh", "province", "IOC tỉnh", []);
  const province = (await createUser(client, "tinh-xem", "mat-khau-bench-dai", "tinh", "chi-xem")).id;
  return { communeEditors, province };
}

const PROPERTIES = `jsonb_build_object(
  'kind', 'incident', 'title', 'Vụ việc số ' || n, 'category', 'trat-tu', 'severity', 'trung-binh', 'status', 'moi',
  'occurredAt', to_char(timestamptz '2024-01-01' + (n % 500000) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  'description', 'Mô tả vụ việc được sinh cho bài đo hiệu năng.', 'involved', '', 'responsibleOfficer', 'Đ/c Nam',
  'attachmentIds', '[]'::jsonb, 'warnings', '[]'::jsonb, 'createdBy', 'bench', 'updatedBy', 'bench')`;

/** Incidents of commune `index`, spread uniformly over its square. */
async function insertIncidents(client: pg.Client, index: number, count: number): Promise<void> {
  const [west, south] = communeBox(index);
  await client.query(
    `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime)
     select gen_random_uuid(), 'incidents', st_setsrid(st_makepoint($1 + random() * 0.1, $2 + random() * 0.1), 4326),
       ${PROPERTIES}, array[$3], $4, timestamptz '2024-01-01' + (n % 500000) * interval '1 minute'
     from generate_series(1, $5) as n`,
    [west, south, communeCode(index), `ca-${index}`, count],
  );
}

/**
 * Bulk load the way a DBA would: the features' secondary indexes are dropped
 * and rebuilt after the load (one sorted build instead of a million inserts
 * into each), and triggers are off for this session (they only stamp the
 * change sequence, which the column default also draws, and the border flag,
 * which incidents and these layers do not need; the IOC counts are rebuilt
 * after).
 */
export async function seedFeatures(client: pg.Client, log: (message: string) => void): Promise<void> {
  await bulkLoadFeatures(client, log, () => loadFeatures(client, log));
}

/** Runs `load` (inserts into `features`) the bulk way described above; also used by bench/ioc-pan.bench.ts. */
export async function bulkLoadFeatures(client: pg.Client, log: (message: string) => void, load: () => Promise<void>): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes where tablename = 'features' and indexname <> 'features_pkey'`,
  );
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  await client.query("set session_replication_role = replica");
  await load();
  await client.query("set session_replication_role = origin");
  log("  … dựng lại chỉ mục");
  await client.query("set maintenance_work_mem = '256MB'");
  for (const index of indexes) await client.query(index.definition);
  // The triggers were off: the IOC's live counts are rebuilt once (migration 008).
  await client.query("select rebuild_incident_tallies()");
}

async function loadFeatures(client: pg.Client, log: (message: string) => void): Promise<void> {
  const others = COMMUNE_COUNT - 1;
  const perCommune = Math.floor((TOTAL_INCIDENTS - SYNC_COMMUNE_INCIDENTS) / others);
  let remaining = TOTAL_INCIDENTS - SYNC_COMMUNE_INCIDENTS;
  for (let index = 1; index < COMMUNE_COUNT; index += 1) {
    const count = index === COMMUNE_COUNT - 1 ? remaining : perCommune;
    await insertIncidents(client, index, count);
    remaining -= count;
    // The synced commune's rows land mid-sequence, not conveniently first.
    if (index === Math.floor(COMMUNE_COUNT / 2)) await insertIncidents(client, 0, SYNC_COMMUNE_INCIDENTS);
    if (index % 10 === 0) log(`  … ${index + 1}/${COMMUNE_COUNT} xã`);
  }
  const [west, south] = communeBox(0);
  // The synced commune's layers: half village polygons, half road lines.
  await client.query(
    `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id)
     select gen_random_uuid(),
       case when n % 2 = 0 then 'village' else 'road' end,
       case when n % 2 = 0
         then st_setsrid(st_makeenvelope(x, y, x + 0.001, y + 0.001), 4326)
         else st_setsrid(st_makeline(st_makepoint(x, y), st_makepoint(x + 0.002, y + 0.001)), 4326) end,
       jsonb_build_object('name', 'Đối tượng ' || n), array[$3], 'ca-0'
     from (select n, $1 + random() * 0.098 as x, $2 + random() * 0.098 as y from generate_series(1, $4) as n) as points`,
    [west, south, communeCode(0), SYNC_COMMUNE_FEATURES],
  );
}
