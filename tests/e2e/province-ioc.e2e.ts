// The province's operations centre (IOC) against the REAL provincial server
// (PostgreSQL + PostGIS, started by the test): a province editor connects,
// sees the communes with their open incidents, sorts the table, opens a
// commune read-only and sends a directive to one commune; that commune's
// officer (a second browser profile) receives it at the next sync and
// acknowledges "Đã nhận"; the province sees the acknowledgement. Then the
// server goes away: what the IOC shows stays, and it says so.
// Before that: while the IOC tab is hidden (tabs stay mounted), its layers
// are off the shared map and nothing is read from the server.
// The commune is the sample workspace's (18313), added to the fixture
// province with its own unit and account, so the device's commune is the
// account's.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, baseUrl, clickMapCentre, openApp, samplePoint } from "./app-page";
import { COMMUNE_A, COMMUNE_B, COMMUNE_C, PASSWORD, startProvinceServer, type ProvinceServer } from "./sync-province-server";
import { SYNC_POLL, connect, forgetServerFailuresInConsole, waitSynced } from "./sync-steps";
import { withClient } from "../../server/tests/helpers/test-database";
import { TEST_SECRET_KEY } from "../../server/tests/helpers/fixture";
import { addCommune, createUnit, createUser } from "../../server/src/admin/admin-commands";

const browserProfiles = guardedBrowserForFile();
const SAMPLE_COMMUNE = "18313";
const centre = samplePoint("command-post");
let server: ProvinceServer;
let sampleOfficer: { username: string; totpSecret: string };

/** Open incidents of one commune with one severity, inserted as the owner (the IOC's tallies follow by trigger). */
async function seedOpenIncidents(communeCode: string, unit: string, severity: string, titles: string[], west: number, south: number): Promise<void> {
  await server.query(
    `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime)
     select gen_random_uuid(), 'incidents', st_setsrid(st_makepoint($3 + random() * 0.05, $4 + random() * 0.05), 4326),
       jsonb_build_object('kind', 'incident', 'title', title, 'category', 'trom-cap', 'severity', $5::text, 'status', 'moi', 'occurredAt', '2026-11-30T08:00:00.000Z',
         'description', 'Mô tả: ' || title, 'involved', '', 'responsibleOfficer', 'Đ/c Nam', 'villageId', null, 'villageName', null, 'communeName', 'Xã',
         'attachmentIds', '[]'::jsonb, 'warnings', '[]'::jsonb, 'createdAt', '2026-11-30T08:00:00.000Z', 'createdBy', 'tinh', 'updatedAt', '2026-11-30T08:00:00.000Z', 'updatedBy', 'tinh'),
       array[$1], $2, timestamptz '2026-11-30T08:00:00Z'
     from unnest($6::text[]) as title`,
    [communeCode, unit, west, south, severity, titles],
  );
}

beforeAll(async () => {
  server = await startProvinceServer(new URL(baseUrl()).origin);
  sampleOfficer = await withClient(server.database.adminUrl, async (client) => {
    await addCommune(client, SAMPLE_COMMUNE, "Xã mẫu");
    await client.query(`update communes set boundary = st_multi(st_makeenvelope($2 - 0.05, $3 - 0.05, $2 + 0.05, $3 + 0.05, 4326)) where code = $1`, [SAMPLE_COMMUNE, centre.lon, centre.lat]);
    await createUnit(client, "ubnd-mau", "commune", "UBND xã mẫu", [SAMPLE_COMMUNE]);
    const created = await createUser(client, "can-bo-xa-mau", PASSWORD, "ubnd-mau", "bien-tap", "", TEST_SECRET_KEY);
    return { username: "can-bo-xa-mau", totpSecret: created.totpSecret };
  });
  await seedOpenIncidents(COMMUNE_A, "ca-a", "khan-cap", ["Cháy rừng bản Khe", "Lũ quét bản Mới"], 105, 18);
  await seedOpenIncidents(COMMUNE_A, "ca-a", "cao", ["Trộm bò"], 105, 18);
  await seedOpenIncidents(COMMUNE_B, "chqs-b", "trung-binh", ["Tranh chấp 1", "Tranh chấp 2", "Tranh chấp 3", "Tranh chấp 4", "Tranh chấp 5"], 105.1, 18);
  await seedOpenIncidents(SAMPLE_COMMUNE, "ubnd-mau", "thap", ["Mất trật tự"], centre.lon - 0.02, centre.lat - 0.02);
}, 180_000);
afterAll(() => server?.stop());

const table = (page: Page) => page.getByRole("table", { name: "Các xã trong tỉnh" });
const rowNames = (page: Page) => table(page).getByTestId("ioc-commune-row").locator("th").allTextContents();
const openIncidentsOf = (page: Page, name: string) => table(page).getByTestId("ioc-commune-row").filter({ has: page.getByRole("rowheader", { name }) }).locator("td").nth(1).textContent();

/** The map as drawn (a PNG of its element, base64). */
const mapPicture = async (page: Page) => (await page.getByTestId("map").screenshot()).toString("base64");

/** The share of pixels that differ (any channel by more than 8) between two pictures of the map, compared in the page. */
function differingShare(page: Page, first: string, second: string): Promise<number> {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (base64: string) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: "image/png" }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [left, right] = await Promise.all([pixels(a), pixels(b)]);
    let differing = 0;
    for (let index = 0; index < left.length; index += 4) {
      if ([0, 1, 2].some((channel) => Math.abs(left[index + channel] - right[index + channel]) > 8)) differing += 1;
    }
    return differing / (left.length / 4);
  }, [first, second]);
}

describe("province operations centre (IOC)", () => {
  test("the IOC tab hidden: its layers leave the shared map and nothing is read from the server; shown again, both come back", async () => {
    const profile = await browserProfiles.openProfile();
    const page = await profile.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const iocReads: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/ioc/")) iocReads.push(new URL(request.url()).pathname);
    });
    await openApp(page, { zoom: 8, lat: 18.6, lon: 106 });
    await connect(page, server.url, server.fixture.provinceEditor);
    await waitSynced(page);
    // The IOC tab is offered (so mounted) but not shown: nothing read.
    await page.getByRole("tab", { name: "Tỉnh (IOC)" }).waitFor();
    await page.waitForTimeout(2_000);
    expect(iocReads).toEqual([]);

    // Shown: counts and tiles read, the map fitted to the province.
    await page.getByRole("tab", { name: "Tỉnh (IOC)" }).click();
    await expect.poll(() => rowNames(page), SYNC_POLL).toHaveLength(4);
    await expect.poll(() => iocReads.some((path) => path.startsWith("/ioc/incidents/tiles/")), SYNC_POLL).toBe(true);
    await page.waitForTimeout(2_000);
    const shownFirst = await mapPicture(page);

    // Hidden: the choropleth and the incident points leave the map; a change on the server is not read.
    await page.getByRole("tab", { name: "Đồng bộ" }).click();
    await page.waitForTimeout(1_500);
    const hidden = await mapPicture(page);
    iocReads.length = 0;
    await seedOpenIncidents(COMMUNE_C, "tinh", "cao", ["Vụ việc khi thẻ IOC ẩn"], 105.2, 18);
    await page.waitForTimeout(3_000);
    expect(iocReads).toEqual([]);

    // Shown again: read once more (Xã C now has its incident), the layers back on the map.
    await page.getByRole("tab", { name: "Tỉnh (IOC)" }).click();
    await expect.poll(() => openIncidentsOf(page, "Xã C"), SYNC_POLL).toBe("1");
    expect(iocReads).toContain("/ioc/communes");
    await page.waitForTimeout(2_000);
    const shownAgain = await mapPicture(page);
    await page.getByRole("tab", { name: "Đồng bộ" }).click();
    await page.waitForTimeout(1_500);
    const hiddenAgain = await mapPicture(page);

    // Shown, the choropleth covers about a sixth of this view; hidden twice, the same basemap.
    expect(await differingShare(page, hidden, shownFirst)).toBeGreaterThan(0.05);
    expect(await differingShare(page, hidden, shownAgain)).toBeGreaterThan(0.05);
    expect(await differingShare(page, hidden, hiddenAgain)).toBeLessThan(0.002);
    // The next test counts Xã C without it.
    await server.query("update features set deleted_at = now() where properties ->> 'title' = 'Vụ việc khi thẻ IOC ẩn'");
    forgetServerFailuresInConsole(profile);
  }, 400_000);

  test("communes with their counts, sorted; a directive to one commune, acknowledged there, seen by the province; the server gone, the view stays", async () => {
    const provinceProfile = await browserProfiles.openProfile();
    const province = await provinceProfile.newPage();
    await province.setViewportSize({ width: 1400, height: 900 });
    await openApp(province, { zoom: 8, lat: 18.6, lon: 106 });
    // Not offered before a province account is connected.
    expect(await province.getByRole("tab", { name: "Tỉnh (IOC)" }).count()).toBe(0);
    await connect(province, server.url, server.fixture.provinceEditor);
    await province.getByRole("tab", { name: "Tỉnh (IOC)" }).click();

    // Four communes, most open incidents first (the default sort).
    await expect.poll(() => rowNames(province), SYNC_POLL).toEqual(["Xã B", "Xã A", "Xã mẫu", "Xã C"]);
    expect(await openIncidentsOf(province, "Xã A")).toBe("3");
    expect(await openIncidentsOf(province, "Xã B")).toBe("5");
    expect(await openIncidentsOf(province, "Xã C")).toBe("0");
    await expect.poll(() => province.getByRole("figure", { name: "Chú giải bản đồ IOC" }).textContent(), POLL).toBe("Vụ việc đang mở01–23–45");
    // The map opens on the whole province (the four communes).
    await expect.poll(() => province.evaluate(() => window.location.hash), POLL).toMatch(/^#1\d(\.\d+)?\/18\.1\d*\/105\.2\d*/);
    await province.waitForTimeout(1_500);
    await province.screenshot({ path: "test-results/province-ioc.png" });

    // Sorting: by name, then by "Khẩn cấp" (largest first), then the other way.
    await table(province).getByRole("button", { name: /^Xã/ }).first().click();
    await expect.poll(() => rowNames(province), POLL).toEqual(["Xã A", "Xã B", "Xã C", "Xã mẫu"]);
    await table(province).getByRole("button", { name: /^Khẩn cấp/ }).click();
    await expect.poll(() => rowNames(province).then((names) => names[0]), POLL).toBe("Xã A");
    await table(province).getByRole("button", { name: /^Khẩn cấp/ }).click();
    await expect.poll(() => rowNames(province).then((names) => names.at(-1)), POLL).toBe("Xã A");

    // A commune opened read-only: its open incidents, the map fitted to it.
    await table(province).getByRole("button", { name: "Xã A", exact: true }).click();
    const details = province.getByRole("region", { name: "Dữ liệu xã Xã A" });
    await expect.poll(() => details.getByRole("listitem").allTextContents(), SYNC_POLL).toHaveLength(3);
    expect((await details.textContent()) ?? "").toContain("Cháy rừng bản Khe – Khẩn cấp · Mới");
    await expect.poll(() => province.evaluate(() => window.location.hash), POLL).toMatch(/^#1[1-3](\.\d+)?\/18\.05\d*\/105\.05\d*/);
    await province.screenshot({ path: "test-results/province-ioc-commune.png" });

    // A directive to the sample commune only.
    await table(province).getByRole("checkbox", { name: "Gửi chỉ đạo đến Xã mẫu" }).check();
    const form = province.getByRole("form", { name: "Gửi chỉ đạo" });
    await form.getByRole("button", { name: "Gửi chỉ đạo" }).click();
    await expect.poll(() => form.getByRole("alert").textContent(), POLL).toBe("Nhập tiêu đề chỉ đạo.");
    await form.getByLabel("Tiêu đề").fill("Tăng cường tuần tra mùa khô");
    await form.getByLabel("Nội dung").fill("Tổ chức tuần tra phòng chống cháy rừng hằng ngày.");
    await form.getByLabel("Thời hạn").fill("2026-12-20T17:00");
    expect(await form.getByTestId("directive-recipients").textContent()).toBe("Gửi đến: Xã mẫu");
    // Its area, drawn on the map with the editor's tool bar: three clicks, "Xong".
    await form.getByRole("button", { name: "Vẽ vùng trên bản đồ (tùy chọn)" }).click();
    const toolBar = form.getByRole("status", { name: "Công cụ vẽ" });
    await expect.poll(() => toolBar.textContent(), POLL).toContain("Vùng chỉ đạo: Bấm từng đỉnh của vùng");
    for (const [dx, dy] of [[-60, -40], [60, -40], [0, 60]]) {
      await clickMapCentre(province, { dx, dy });
      await province.waitForTimeout(150);
    }
    await toolBar.getByRole("button", { name: "Xong" }).click();
    await expect.poll(() => form.getByRole("button", { name: "Bỏ vùng" }).isVisible(), POLL).toBe(true);
    await form.getByRole("button", { name: "Gửi chỉ đạo" }).click();
    await expect.poll(() => form.getByRole("status").textContent(), SYNC_POLL).toBe("Đã gửi chỉ đạo “Tăng cường tuần tra mùa khô” đến 1 xã.");
    const storedArea = await withClient(server.database.adminUrl, async (client) =>
      (await client.query<{ type: string; vertices: number }>("select geometrytype(geometry) as type, st_npoints(geometry) as vertices from directives where title = $1", ["Tăng cường tuần tra mùa khô"])).rows,
    );
    expect(storedArea, "the drawn area reaches the server with the directive").toEqual([{ type: "POLYGON", vertices: 4 }]);
    const sent = province.getByRole("region", { name: "Chỉ đạo đã gửi" });
    await expect.poll(() => sent.getByTestId("directive-commune-status").allTextContents(), SYNC_POLL).toEqual(["Xã mẫu: Chưa nhận"]);

    // The commune's officer: the directive arrives at the next sync; "Đã nhận".
    const communeProfile = await browserProfiles.openProfile();
    const commune = await communeProfile.newPage();
    await openApp(commune, { zoom: 14, lat: centre.lat, lon: centre.lon });
    await connect(commune, server.url, sampleOfficer);
    await waitSynced(commune);
    expect(await commune.getByRole("tab", { name: "Tỉnh (IOC)" }).count()).toBe(0);
    const received = commune.getByRole("region", { name: "Chỉ đạo" }).getByTestId("directive").filter({ hasText: "Tăng cường tuần tra mùa khô" });
    await expect.poll(() => received.count(), SYNC_POLL).toBe(1);
    await received.getByRole("button", { name: "Đã nhận" }).click();

    // The province sees it, live (server-sent `changes`), with the time.
    await expect.poll(() => sent.getByTestId("directive-commune-status").first().textContent(), SYNC_POLL).toMatch(/^Xã mẫu: Đã nhận lúc \d{2}:\d{2},? \d{1,2}\/\d{1,2}\/\d{2,4}$/);
    await sent.scrollIntoViewIfNeeded();
    await province.screenshot({ path: "test-results/province-ioc-acknowledged.png" });

    // The server goes away: the table stays, the failure is said.
    await server.kill();
    await province.getByRole("button", { name: "Thử lại" }).or(province.getByRole("combobox", { name: "Tô màu theo" })).first().waitFor();
    await province.getByLabel("Thiết bị chưa đồng bộ quá (ngày)").fill("5");
    await expect.poll(() => province.getByRole("alert").filter({ hasText: "Không kết nối được máy chủ tỉnh" }).count(), SYNC_POLL).toBeGreaterThan(0);
    expect(await rowNames(province)).toHaveLength(4);
    expect((await province.getByRole("alert").filter({ hasText: "Không kết nối được máy chủ tỉnh" }).first().textContent()) ?? "").toContain("Đang hiển thị số liệu đọc lần trước.");
    [provinceProfile, communeProfile].forEach(forgetServerFailuresInConsole);
  }, 400_000);
});
