// Sync with the REAL provincial server (PostgreSQL + PostGIS, started by the
// test as a child process): a công an xã of a border commune, its Đồn Biên
// phòng and the province, each in its own browser profile.
// 1. A shared incident edited offline on both devices: the second to sync
//    gets a conflict with both versions, keeps both until it resolves, and
//    the server ends with one version; the province sees it in its IOC and
//    keeps none of the communes' records on its device.
// 2. The server killed in the middle of replaying 500 changes and started
//    again: the replay resumes, the server holds exactly 500, the outbox is empty.
// 3. A commune's device never holds another commune's records; a layer
//    feature of its commune, which no workspace on it holds yet (the device
//    opened the sample), waits, and the tab says why.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, baseUrl, openApp, recordIncident, samplePoint, waitForMap } from "./app-page";
import { COMMUNE_A, COMMUNE_B, TOKEN_SECRET, startProvinceServer, type ProvinceServer } from "./sync-province-server";
import { SYNC_POLL, connect, forgetServerFailuresInConsole, readTable, statusLine, waitSynced } from "./sync-steps";
import { seedIncidents } from "../../server/tests/helpers/sample-features";
import { withClient } from "../../server/tests/helpers/test-database";
import { issueAccessToken } from "../../server/src/auth/access-token";

const browserProfiles = guardedBrowserForFile();
const LONG = 400_000;
let server: ProvinceServer;

beforeAll(async () => {
  server = await startProvinceServer(new URL(baseUrl()).origin);
}, 180_000);
afterAll(() => server?.stop());

const centre = samplePoint("command-post");

async function openDevice(page: Page): Promise<void> {
  await openApp(page, { zoom: 14, lat: centre.lat, lon: centre.lon });
}

const incidentList = (page: Page) => page.getByRole("region", { name: "Danh sách vụ việc" });

async function editTitle(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole("tab", { name: "Vụ việc" }).click();
  await expect.poll(() => incidentList(page).getByRole("listitem").filter({ hasText: from }).count(), SYNC_POLL).toBe(1);
  await incidentList(page).getByRole("listitem").filter({ hasText: from }).getByRole("button").click();
  await page.getByRole("article", { name: "Chi tiết vụ việc" }).getByRole("button", { name: "Sửa", exact: true }).click();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(to);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect.poll(() => page.getByRole("form", { name: "Sửa vụ việc" }).count(), POLL).toBe(0);
}

describe("sync with the provincial server", () => {
  test("a shared record edited offline on two devices: conflict on the second, both kept, resolved, one version on the server; only the commune's own records on its device", async () => {
    // Commune B's records exist on the server: the commune A device must never receive them.
    const otherCommune = await withClient(server.database.adminUrl, async (client) => {
      await seedIncidents(client, COMMUNE_B, "chqs-b", 25, 105.1, 18);
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id)
         values (gen_random_uuid(), 'militia-post', st_setsrid(st_makepoint(105.1, 18), 4326), '{"name": "Chốt xã B"}'::jsonb, array[$1], 'chqs-b')`,
        [COMMUNE_B],
      );
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id)
         values (gen_random_uuid(), 'militia-post', st_setsrid(st_makepoint(105.0, 18), 4326), '{"name": "Chốt xã A"}'::jsonb, array[$1], 'ca-a')`,
        [COMMUNE_A],
      );
      return (await client.query<{ id: string }>("select id::text from features where $1 = any(commune_codes)", [COMMUNE_B])).rows.map((row) => row.id);
    });
    expect(otherCommune).toHaveLength(26);

    const communeProfile = await browserProfiles.openProfile();
    const commune = await communeProfile.newPage();
    await openDevice(commune);
    await connect(commune, server.url, server.fixture.editorA);
    await waitSynced(commune);
    // The account comes from GET /auth/me (contract item 0) once the server has it.
    const me = await fetch(`${server.url}/auth/me`, { headers: { authorization: `Bearer ${issueAccessToken(Buffer.from(TOKEN_SECRET), server.fixture.editorA.id, 60)}` } });
    if (me.status !== 404) await expect.poll(() => commune.getByRole("region", { name: "Phiên máy chủ tỉnh" }).textContent(), POLL).toContain("Công an xã A (biên tập, xã 42001)");
    await recordIncident(commune, "Trộm bò ở bản Khe", undefined, true);
    await expect.poll(() => statusLine(commune).textContent(), SYNC_POLL).toMatch(/^Chờ đồng bộ: 1 thay đổi|^Đã đồng bộ/);
    await waitSynced(commune);
    const [onServer] = await server.query<{ id: string; version: number; shared: boolean; communes: string[] }>(
      "select id::text, version, shared_with_border_station as shared, commune_codes as communes from features where properties->>'title' = 'Trộm bò ở bản Khe'",
    );
    expect(onServer).toMatchObject({ version: 1, shared: true, communes: [COMMUNE_A] });

    const stationProfile = await browserProfiles.openProfile();
    const station = await stationProfile.newPage();
    await openDevice(station);
    await connect(station, server.url, server.fixture.station);
    await waitSynced(station);
    await station.getByRole("tab", { name: "Vụ việc" }).click();
    await expect.poll(() => incidentList(station).textContent(), SYNC_POLL).toContain("Trộm bò ở bản Khe");

    // Both offline; each edits the same record.
    await communeProfile.context.setOffline(true);
    await stationProfile.context.setOffline(true);
    await editTitle(commune, "Trộm bò ở bản Khe", "Trộm 2 con bò ở bản Khe (xã)");
    await editTitle(station, "Trộm bò ở bản Khe", "Trộm bò, nghi qua biên giới (đồn)");
    await expect.poll(() => statusLine(commune).textContent(), POLL).toMatch(/^Mất kết nối – 1 thay đổi chờ gửi/);

    // The commune comes back first: its version reaches the server.
    await communeProfile.context.setOffline(false);
    await waitSynced(commune);
    expect((await server.query<{ title: string; version: number }>("select properties->>'title' as title, version from features where id = $1", [onServer.id]))[0]).toEqual({
      title: "Trộm 2 con bò ở bản Khe (xã)",
      version: 2,
    });

    // The station comes back: 412 → conflict, both kept, nothing overwritten.
    await stationProfile.context.setOffline(false);
    await expect.poll(() => statusLine(station).textContent(), SYNC_POLL).toContain("1 xung đột");
    await station.getByRole("tab", { name: "Đồng bộ" }).click();
    const conflict = station.getByTestId("sync-conflict");
    await expect.poll(() => conflict.count(), SYNC_POLL).toBe(1);
    const shown = (await conflict.textContent()) ?? "";
    expect(shown).toContain("Trộm 2 con bò ở bản Khe (xã)");
    expect(shown).toContain("Trộm bò, nghi qua biên giới (đồn)");
    expect(await conflict.locator('tr[data-field="title"]').count()).toBe(1);
    await station.screenshot({ path: "test-results/sync-conflict.png" });
    expect((await server.query<{ version: number }>("select version from features where id = $1", [onServer.id]))[0].version).toBe(2);
    await station.getByRole("tab", { name: "Vụ việc" }).click();
    expect(await incidentList(station).textContent()).toContain("Xung đột · Trộm bò, nghi qua biên giới (đồn)");

    // Resolved field by field: the commune's title is taken.
    await station.getByRole("tab", { name: "Đồng bộ" }).click();
    await conflict.locator('tr[data-field="title"] td').first().getByRole("radio").check();
    await conflict.getByRole("button", { name: "Gộp theo lựa chọn" }).click();
    await expect.poll(() => conflict.count(), POLL).toBe(0);
    await waitSynced(station);
    const final = await server.query<{ title: string; version: number }>("select properties->>'title' as title, version from features where id = $1", [onServer.id]);
    expect(final).toEqual([{ title: "Trộm 2 con bò ở bản Khe (xã)", version: 3 }]);

    // The commune device pulls the resolved version; the province sees it too.
    await commune.getByRole("tab", { name: "Đồng bộ" }).click();
    await commune.getByRole("button", { name: "Đồng bộ ngay" }).click();
    await expect.poll(async () => (await readTable<{ id: string; version: number }>(commune, "incidents")).find((record) => record.id === onServer.id)?.version, SYNC_POLL).toBe(3);
    const provinceProfile = await browserProfiles.openProfile();
    const province = await provinceProfile.newPage();
    await openDevice(province);
    await connect(province, server.url, server.fixture.province);
    await waitSynced(province);
    // It reads the communes' records from the server (the IOC) and keeps none of them (docs/features/province.md).
    // (Its position is the sample commune's, outside the fixture's square for Xã A: the IOC counts it by its commune code.)
    await province.getByRole("tab", { name: "Tỉnh (IOC)" }).click();
    const communeARow = province.getByRole("table", { name: "Các xã trong tỉnh" }).getByTestId("ioc-commune-row").filter({ has: province.getByRole("rowheader", { name: "Xã A" }) });
    await expect.poll(() => communeARow.locator("td").nth(1).textContent(), SYNC_POLL).toBe("1");
    const provinceIncidents = await readTable<{ id: string }>(province, "incidents");
    expect(provinceIncidents.filter((record) => record.id === onServer.id || otherCommune.includes(record.id))).toEqual([]);
    // Commune A's militia post has no workspace on the commune device (it holds the sample): kept, and the tab says why.
    await commune.getByRole("tab", { name: "Đồng bộ" }).click();
    await expect.poll(() => commune.getByRole("region", { name: "Dữ liệu chờ vùng làm việc" }).textContent(), POLL).toContain(`1 đối tượng lớp bản đồ của xã mã ${COMMUNE_A}`);

    // The commune A device holds its own record and none of commune B's.
    const communeIds = (await readTable<{ id: string }>(commune, "incidents")).map((record) => record.id);
    expect(communeIds).toContain(onServer.id);
    expect(communeIds.filter((id) => otherCommune.includes(id))).toEqual([]);
    [communeProfile, stationProfile, provinceProfile].forEach(forgetServerFailuresInConsole);
  }, LONG);

  test("the server killed in the middle of replaying 500 changes: the replay resumes, the server holds exactly 500, the outbox is empty", async () => {
    const profile = await browserProfiles.openProfile();
    const page = await profile.newPage();
    await openDevice(page);
    const before = Number((await server.query<{ n: string }>("select count(*) as n from features where collection = 'incidents'"))[0].n);
    // 500 changes made on the device before it is connected; the reload lets the app read them.
    await queueIncidents(page, 500);
    await page.reload();
    await waitForMap(page);

    const replay = page.waitForRequest((request) => request.url().endsWith("/sync/outbox"), { timeout: 120_000 });
    await connect(page, server.url, server.fixture.editorA);
    await replay;
    // Kill it once the batch's transaction has written rows: the middle of the replay.
    await expect.poll(() => writingTransactions(server), { timeout: 120_000, interval: 20 }).toBeGreaterThan(0);
    await server.kill();
    const duringKill = Number((await server.query<{ n: string }>("select count(*) as n from features where properties->>'title' like 'Hàng loạt %'"))[0].n);
    expect(duringKill).toBeLessThan(500);
    await expect.poll(() => statusLine(page).textContent(), SYNC_POLL).toMatch(/^Mất kết nối – thử lại sau \d+ giây/);
    await page.screenshot({ path: "test-results/sync-retry.png" });

    await server.start();
    await waitSynced(page);
    const after = Number((await server.query<{ n: string }>("select count(*) as n from features where collection = 'incidents' and properties->>'title' like 'Hàng loạt %'"))[0].n);
    expect(after).toBe(500);
    expect(Number((await server.query<{ n: string }>("select count(*) as n from features where collection = 'incidents'"))[0].n)).toBe(before + 500);
    const outbox = await readTable<{ state: string }>(page, "outbox");
    expect(outbox.filter((entry) => entry.state !== "sent")).toEqual([]);
    forgetServerFailuresInConsole(profile);
  }, LONG);
});

/** Transactions of the API role that have written something (a batch being applied). */
async function writingTransactions(province: ProvinceServer): Promise<number> {
  const [row] = await province.query<{ n: string }>(
    "select count(*) as n from pg_stat_activity where datname = $1 and usename = 'oapif_app' and backend_xid is not null",
    [province.database.name],
  );
  return Number(row.n);
}

/** 500 incidents recorded offline, written as the app writes them (record + outbox entry in one transaction). */
async function queueIncidents(page: Page, count: number): Promise<void> {
  await page.evaluate(
    ({ count, lon, lat }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("ban-do-quoc-phong-an-ninh-xa");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(["incidents", "outbox"], "readwrite");
          const at = new Date().toISOString();
          for (let index = 0; index < count; index += 1) {
            const id = crypto.randomUUID();
            const record = {
              id, kind: "incident", title: `Hàng loạt ${index + 1}`, category: "trom-cap", severity: "trung-binh", occurredAt: at, description: "", involved: "",
              responsibleOfficer: "", lon, lat, status: "moi", villageId: null, villageName: null, communeName: null, attachmentIds: [], warnings: [],
              createdAt: at, createdBy: "editora", updatedAt: at, updatedBy: "editora", version: 1, deletedAt: null,
            };
            transaction.objectStore("incidents").put(record);
            const { id: _id, lon: x, lat: y, ...properties } = record;
            transaction.objectStore("outbox").add({
              id: crypto.randomUUID(), entity: "incident", entityId: id, operation: "create", method: "POST", path: "/collections/incidents/items",
              baseVersion: 0, version: 1, payload: { type: "Feature", id, geometry: { type: "Point", coordinates: [x, y] }, properties }, state: "pending", createdAt: at, updatedAt: at,
            });
          }
          transaction.oncomplete = () => (database.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { count, lon: centre.lon, lat: centre.lat },
  );
}
