// `npm --prefix server run bench`: the provincial server under load, on
// loopback, against a throw-away database (dropped at the end).
//   1. items by bbox for one commune, 50 concurrent clients: p95 (target < 50 ms), as deployed
//      (the items-page cache on): the same page, and a different box each request (no repeats)
//   2. the same page without the cache: row-level security vs a superuser baseline (target < 1.5×)
//   3. a device's first sync of a commune with 10,000 features + 10,000 incidents (target < 5 s)
//   4. 10,000 outbox writes replayed from one device (target < 10 s): batched, and 1,000 one request each
//   5. the IOC: per-commune aggregates and incident vector tiles (province user)
// The numbers are printed; nothing is asserted (this is not part of `npm test`).

import { randomBytes } from "node:crypto";
import { issueAccessToken } from "../src/auth/access-token";
import { createTestDatabase, withClient } from "../tests/helpers/test-database";
import { COMMUNE_COUNT, SYNC_COMMUNE_FEATURES, SYNC_COMMUNE_INCIDENTS, TOTAL_INCIDENTS, communeBox, seedAccounts, seedFeatures } from "./bench-data";
import { percentile, runLoad, type LoadResult } from "./load-generator";
import { startServerProcess } from "./server-process";
import { makeEntries, replayInBatches, replayOneByOne } from "./outbox-replay";

const CONCURRENCY = 50;
const LOAD_SECONDS = Number(process.env.OAPIF_BENCH_SECONDS ?? 10);
const secret = randomBytes(32).toString("hex");
const log = (message: string) => console.log(message);
const format = (result: LoadResult) =>
  `p50 ${result.p50.toFixed(1)} ms · p95 ${result.p95.toFixed(1)} ms · p99 ${result.p99.toFixed(1)} ms · ${result.requestsPerSecond.toFixed(0)} yêu cầu/s · ${result.requests} yêu cầu, ${result.errors} lỗi`;

async function timeQuery(url: string, userId: string, sql: string, parameters: unknown[], repetitions: number): Promise<number> {
  return withClient(url, async (client) => {
    const times: number[] = [];
    for (let index = 0; index < repetitions; index += 1) {
      await client.query("begin");
      await client.query("select set_config('app.user_id', $1, true)", [userId]);
      const begin = performance.now();
      await client.query(sql, parameters);
      times.push(performance.now() - begin);
      await client.query("commit");
    }
    return percentile(times.sort((a, b) => a - b), 0.5);
  });
}

/** The IOC tile path holding a point (Web Mercator XYZ). */
function tilePath(lon: number, lat: number, z: number): string {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return `/ioc/incidents/tiles/${z}/${Math.floor(((lon + 180) / 360) * n)}/${Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n)}.mvt`;
}

const WRITE_EVERY_MS = 200;

/** Runs `work` while a device creates an incident in `box` every WRITE_EVERY_MS (through this server: its page cache hears each write). */
async function whileWriting<T>(base: string, token: string, box: [number, number, number, number], work: () => Promise<T>): Promise<{ result: T; writes: number }> {
  let writing = true;
  let writes = 0;
  const writer = (async () => {
    while (writing) {
      const [entry] = makeEntries(1, box);
      const response = await fetch(`${base}${entry.path}`, {
        method: entry.method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/geo+json" },
        body: JSON.stringify(entry.payload),
      });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`ghi thất bại: ${response.status}`);
      writes += 1;
      await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
    }
  })();
  try {
    return { result: await work(), writes };
  } finally {
    writing = false;
    await writer;
  }
}

async function timeRequests(url: string, token: string, repetitions: number): Promise<{ median: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let index = 0; index < repetitions; index += 1) {
    const begin = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - begin);
  }
  return { median: percentile(times.sort((a, b) => a - b), 0.5), bytes };
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`Tạo cơ sở dữ liệu bench: ${TOTAL_INCIDENTS.toLocaleString("vi-VN")} vụ việc trên ${COMMUNE_COUNT} xã …`);
  const database = await createTestDatabase("oapif_bench");
  const servers: { stop(): Promise<void> }[] = [];
  try {
    const accounts = await withClient(database.adminUrl, async (client) => {
      const seeded = await seedAccounts(client);
      const seedStart = performance.now();
      await seedFeatures(client, log);
      await client.query("vacuum analyze");
      log(`  sinh dữ liệu + VACUUM ANALYZE: ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
      return seeded;
    });
    const environment = { OAPIF_TOKEN_SECRET: secret, OAPIF_SECRET_KEY: randomBytes(32).toString("hex"), OAPIF_ADMIN_DATABASE_URL: database.adminUrl };
    const port = (from: number) => from + Math.floor(Math.random() * 1000);
    // As deployed (the items-page cache on), and, for RLS vs superuser, both without the cache (every request reads PostgreSQL).
    const server = await startServerProcess({ ...environment, OAPIF_DATABASE_URL: database.apiUrl }, port(17_000));
    servers.push(server);
    const rlsServer = await startServerProcess({ ...environment, OAPIF_DATABASE_URL: database.apiUrl, OAPIF_PAGE_CACHE_MB: "0" }, port(18_000));
    servers.push(rlsServer);
    const baselineServer = await startServerProcess(
      { ...environment, OAPIF_DATABASE_URL: database.adminUrl, OAPIF_BENCH_BASELINE: "superuser", OAPIF_PAGE_CACHE_MB: "0" },
      port(19_000),
    );
    servers.push(baselineServer);

    const editor = accounts.communeEditors[37];
    const token = issueAccessToken(Buffer.from(secret, "utf8"), editor, 3600);
    const box = communeBox(37);
    const path = `/collections/incidents/items?bbox=${box.join(",")}&limit=100`;
    const get = (base: string) => () => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    // The commune's box moved by < 10 m each time: the same work, but no request repeats another.
    const getMoved = (base: string) => () => {
      const shift = Math.random() * 1e-4;
      return fetch(`${base}/collections/incidents/items?bbox=${box.map((value) => value + shift).join(",")}&limit=100`, { headers: { authorization: `Bearer ${token}` } });
    };

    log(`\n1. Mục theo bbox của một xã (limit=100), ${CONCURRENCY} máy khách đồng thời, ${LOAD_SECONDS} s mỗi lượt — máy chủ như khi triển khai (bộ nhớ đệm trang bật)`);
    await runLoad(CONCURRENCY, 2_000, get(server.url));
    log(`  cùng một trang (trang thứ hai trở đi từ bộ nhớ): ${format(await runLoad(CONCURRENCY, LOAD_SECONDS * 1000, get(server.url)))}`);
    log(`  mỗi yêu cầu một bbox khác (không trang nào lặp lại): ${format(await runLoad(CONCURRENCY, LOAD_SECONDS * 1000, getMoved(server.url)))}`);
    const writerToken = issueAccessToken(Buffer.from(secret, "utf8"), accounts.communeEditors[0], 3600);
    const sameCommuneWriter = issueAccessToken(Buffer.from(secret, "utf8"), editor, 3600);
    const elsewhere = await whileWriting(server.url, writerToken, communeBox(0), () => runLoad(CONCURRENCY, LOAD_SECONDS * 1000, get(server.url)));
    log(`  cùng một trang, một thiết bị xã khác ghi mỗi ${WRITE_EVERY_MS} ms (${elsewhere.writes} lần ghi): ${format(elsewhere.result)}`);
    const here = await whileWriting(server.url, sameCommuneWriter, box, () => runLoad(CONCURRENCY, LOAD_SECONDS * 1000, get(server.url)));
    log(`  cùng một trang, một thiết bị chính xã này ghi mỗi ${WRITE_EVERY_MS} ms (${here.writes} lần ghi): ${format(here.result)}`);

    log(`\n2. Cùng trang, không bộ nhớ đệm (mỗi yêu cầu đọc PostgreSQL): RLS so với siêu người dùng`);
    await runLoad(CONCURRENCY, 2_000, get(rlsServer.url));
    await runLoad(CONCURRENCY, 2_000, get(baselineServer.url));
    const withRls = await runLoad(CONCURRENCY, LOAD_SECONDS * 1000, get(rlsServer.url));
    const baseline = await runLoad(CONCURRENCY, LOAD_SECONDS * 1000, get(baselineServer.url));
    log(`  RLS (vai trò API):        ${format(withRls)}`);
    log(`  siêu người dùng (không RLS): ${format(baseline)}`);
    log(`  tỉ lệ RLS / không RLS: p50 ×${(withRls.p50 / baseline.p50).toFixed(2)} · p95 ×${(withRls.p95 / baseline.p95).toFixed(2)} · thông lượng ×${(baseline.requestsPerSecond / withRls.requestsPerSecond).toFixed(2)}`);
    // One client at a time: the latency of a request itself, which the machine's load distorts less than queueing at 50.
    const singleRls = await runLoad(1, LOAD_SECONDS * 500, get(rlsServer.url));
    const singleBaseline = await runLoad(1, LOAD_SECONDS * 500, get(baselineServer.url));
    log(`  một máy khách, RLS:        ${format(singleRls)}`);
    log(`  một máy khách, không RLS:  ${format(singleBaseline)} · p50 ×${(singleRls.p50 / singleBaseline.p50).toFixed(2)}`);

    const [west, south, east, north] = communeBox(37);
    // The API's query for a point collection (box overlap only, the page's ids first; see items-repository.ts).
    const itemsSql = `with page as materialized (select id from features where deleted_at is null and collection = 'incidents'
      and geometry && st_makeenvelope($1, $2, $3, $4, 4326) order by id limit 101)
      select id, properties from features where id in (select id from page) order by id`;
    const sqlRls = await timeQuery(database.apiUrl, editor, itemsSql, [west, south, east, north], 200);
    const sqlBaseline = await timeQuery(database.adminUrl, editor, itemsSql, [west, south, east, north], 200);
    log(`  cùng truy vấn SQL, trung vị: RLS ${sqlRls.toFixed(2)} ms · không RLS ${sqlBaseline.toFixed(2)} ms · ×${(sqlRls / sqlBaseline).toFixed(2)}`);

    log(`\n3. Đồng bộ lần đầu một xã (${SYNC_COMMUNE_FEATURES.toLocaleString("vi-VN")} đối tượng + ${SYNC_COMMUNE_INCIDENTS.toLocaleString("vi-VN")} vụ việc), trang 5.000`);
    const syncToken = issueAccessToken(Buffer.from(secret, "utf8"), accounts.communeEditors[0], 3600);
    const syncStart = performance.now();
    let cursor = "0";
    let received = 0;
    let pages = 0;
    for (;;) {
      const response = await fetch(`${server.url}/sync/changes?since=${cursor}&limit=5000`, { headers: { authorization: `Bearer ${syncToken}` } });
      const page = (await response.json()) as { changes: unknown[]; nextCursor: string; more: boolean };
      received += page.changes.length;
      pages += 1;
      cursor = page.nextCursor;
      if (!page.more) break;
    }
    log(`  ${received.toLocaleString("vi-VN")} thay đổi, ${pages} trang: ${((performance.now() - syncStart) / 1000).toFixed(2)} s`);

    log("\n4. Thiết bị gửi lại hàng đợi (tạo vụ việc), mỗi mục có UUID làm khóa idempotency");
    const batched = await replayInBatches(server.url, syncToken, makeEntries(10_000, communeBox(0)));
    log(`  10.000 mục, lô 500 qua POST /sync/outbox: lần đầu ${batched.first.toFixed(2)} s (${(10_000 / batched.first).toFixed(0)} mục/s) · gửi lại (không đổi gì) ${batched.second.toFixed(2)} s · lỗi ${batched.errors}`);
    const single = await replayOneByOne(server.url, syncToken, makeEntries(1_000, communeBox(0)));
    log(`  1.000 mục, mỗi mục một yêu cầu POST: lần đầu ${single.first.toFixed(2)} s (${(1_000 / single.first).toFixed(0)} mục/s) · gửi lại ${single.second.toFixed(2)} s · lỗi ${single.errors}`);

    log(`\n5. IOC của tỉnh (${COMMUNE_COUNT} xã, ${TOTAL_INCIDENTS.toLocaleString("vi-VN")} vụ việc), trung vị của 20 lần`);
    const provinceToken = issueAccessToken(Buffer.from(secret, "utf8"), accounts.province, 3600);
    const [firstWest, firstSouth] = communeBox(0);
    for (const [label, path] of [
      ["tổng hợp theo xã GET /ioc/communes?staleDays=7", "/ioc/communes?staleDays=7"],
      ["ô vector z8 (cả tỉnh, một điểm mỗi xã)", tilePath(firstWest + 0.5, firstSouth + 0.3, 8)],
      ["ô vector z13 (từng vụ việc)", tilePath(firstWest + 0.05, firstSouth + 0.05, 13)],
      ["ô vector z14 (từng vụ việc)", tilePath(firstWest + 0.05, firstSouth + 0.05, 14)],
    ]) {
      const timed = await timeRequests(`${server.url}${path}`, provinceToken, 20);
      log(`  ${label}: ${timed.median.toFixed(1)} ms, ${(timed.bytes / 1024).toFixed(0)} KB`);
    }
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
    log(`\nĐã xóa cơ sở dữ liệu bench. Tổng thời gian: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
