// Incidents of the commune police, as an officer would work in the field:
// place one by clicking the map, another by typing VN-2000 coordinates,
// attach a photo, filter the list, change a status, reload — all still there;
// a warning for an incident inside defence land; and offline creation that
// survives (with the service worker, a reload offline) with its outbox entry.

import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { Feature, Point, Polygon } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { guardedBrowserForFile } from "./browser-session";
import { readStoredRecords } from "./stored-records";
import { POLL, clickMapCentre, clickMapCentreUntilDetails, detailsPanel, jpegPhoto, openApp, sampleLayer, samplePoint, waitForMap } from "./app-page";
import { wgs84ToVn2000Grid } from "../../src/geo/coordinates/vn2000-projections";


const browserProfiles = guardedBrowserForFile();

function interiorOf(layerId: string, name: string): { lon: number; lat: number } {
  const feature = sampleLayer(layerId).features.find((candidate) => candidate.properties?.name === name) as Feature<Polygon>;
  const [lon, lat] = (pointOnFeature(feature).geometry as Point).coordinates;
  return { lon, lat };
}

const list = (page: Page) => page.getByRole("region", { name: "Danh sách vụ việc" });
const items = (page: Page) => list(page).getByRole("listitem");

async function openIncidents(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Vụ việc" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Thêm vụ việc" }).isEnabled(), POLL).toBe(true);
}

async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect.poll(() => page.getByRole("form", { name: /vụ việc/ }).count(), POLL).toBe(0);
}

async function outboxCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("incident-outbox").textContent()) ?? "";
  return Number(/(\d+)/.exec(text.replace(/\./g, ""))?.[1] ?? NaN);
}

describe("incidents and hotspots", () => {
  test("create by clicking and by VN-2000, attach a photo, filter, change status, reload — all there", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const market = interiorOf("village", "Thôn Trung Tâm");
    await openApp(page, { zoom: 14, lat: market.lat, lon: market.lon });
    await openIncidents(page);

    // 1. By clicking the map: the new form waits for a click.
    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Đang chờ bấm trên bản đồ…" }).count(), POLL).toBe(1);
    await clickMapCentre(page);
    await expect.poll(() => page.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toMatch(/^18\.\d{6}, 105\.\d{6}$/);
    await expect.poll(() => page.getByTestId("incident-placement").textContent(), POLL).toContain("Thôn Trung Tâm");
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Trộm xe máy ở chợ trung tâm");
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Trộm cắp tài sản" });
    await page.getByLabel("Ảnh đính kèm", { exact: true }).setInputFiles({ name: "hien-truong.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(page) });
    await expect.poll(() => page.getByRole("list", { name: "Ảnh sẽ lưu" }).textContent(), POLL).toContain("1600×1200");
    await save(page);
    await expect.poll(() => items(page).count(), POLL).toBe(1);

    // 2. By typing VN-2000 (Hà Tĩnh 3° zone) coordinates.
    const target = interiorOf("village", "Thôn Khe Tre");
    const grid = wgs84ToVn2000Grid(target, "tm3");
    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await page.getByLabel("Tọa độ", { exact: true }).fill(`X=${grid.northing.toFixed(1)} Y=${grid.easting.toFixed(1)}`);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "VN-2000 múi 3°" }).count(), POLL).toBe(1);
    await expect.poll(() => page.getByTestId("incident-placement").textContent(), POLL).toContain("Thôn Khe Tre");
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Nghi mua bán ma túy");
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Ma túy" });
    await page.getByLabel("Mức độ", { exact: true }).selectOption({ label: "Cao" });
    await save(page);
    await expect.poll(() => items(page).count(), POLL).toBe(2);

    // A bad coordinate is refused in Vietnamese.
    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await page.getByLabel("Tọa độ", { exact: true }).fill("21.0285, 105.8542");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "ngoài phạm vi quản lý" }).count(), POLL).toBe(1);
    await page.getByRole("button", { name: "Hủy" }).click();

    // 3. Filter: accent-insensitive search, then category.
    await page.getByLabel("Tìm kiếm", { exact: true }).fill("cho trung tam");
    await expect.poll(() => items(page).allTextContents(), POLL).toEqual([expect.stringContaining("Trộm xe máy ở chợ trung tâm")]);
    await page.getByLabel("Tìm kiếm", { exact: true }).fill("");
    await page.getByLabel("Lọc loại vụ việc", { exact: true }).selectOption({ label: "Ma túy" });
    await expect.poll(() => items(page).allTextContents(), POLL).toEqual([expect.stringContaining("Nghi mua bán ma túy")]);
    await page.getByRole("button", { name: "Xóa bộ lọc" }).click();
    await expect.poll(() => items(page).count(), POLL).toBe(2);

    // 4. Change the status along the lifecycle.
    await items(page).filter({ hasText: "Trộm xe máy" }).getByRole("button").click();
    await page.getByRole("button", { name: "Chuyển sang: Đang xác minh" }).click();
    await expect.poll(() => page.getByTestId("incident-status").textContent(), POLL).toBe("Đang xác minh");
    await expect.poll(() => page.getByRole("img", { name: "Ảnh hien-truong.jpg" }).count(), POLL).toBe(1);
    await expect.poll(() => outboxCount(page), POLL).toBe(4); // 2 creates, 1 photo, 1 status change
    await page.getByText("Tọa độ (mọi hệ)").click();
    const readout = page.getByRole("region", { name: "Tọa độ vụ việc" });
    await expect.poll(() => readout.textContent(), POLL).toMatch(/VN-2000 X=20\d{5}\.\d\d Y=\d{6}\.\d\d/);
    expect(await readout.getByRole("button", { name: /^Sao chép tọa độ/ }).count()).toBe(5);
    await page.screenshot({ path: "test-results/incidents-list.png" });

    // 5. Reload: everything is still there.
    await page.reload();
    await waitForMap(page);
    await openIncidents(page);
    await expect.poll(() => items(page).count(), POLL).toBe(2);
    await items(page).filter({ hasText: "Trộm xe máy" }).getByRole("button").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent(), POLL).toBe("Đang xác minh");
    await expect.poll(() => page.getByRole("img", { name: "Ảnh hien-truong.jpg" }).count(), POLL).toBe(1);
    await page.getByText(/Lịch sử chỉnh sửa/).click();
    await expect.poll(() => page.getByRole("article", { name: "Chi tiết vụ việc" }).textContent(), POLL).toContain("Trạng thái: Mới → Đang xác minh");
    expect(await outboxCount(page)).toBe(4);
  }, 300_000); // a long scenario on SwiftShader: two creations, a photo, filters, a status change and a reload

  test("an incident placed inside defence land raises a warning on the form, the list and the map", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const land = sampleLayer("defence-land").features[0];
    const inside = interiorOf("defence-land", String(land.properties?.name));
    await openApp(page, { zoom: 15, lat: inside.lat, lon: inside.lon });
    await openIncidents(page);

    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Đang chờ bấm trên bản đồ…" }).count(), POLL).toBe(1);
    await clickMapCentre(page);
    const warning = page.getByRole("alert").filter({ hasText: "Nằm trong đất quốc phòng" });
    await expect.poll(() => warning.textContent(), POLL).toContain(String(land.properties?.name));
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Gây rối trật tự công cộng" });
    await save(page);

    await expect.poll(() => items(page).first().textContent(), POLL).toContain("⚠");
    await expect.poll(() => page.getByRole("article", { name: "Chi tiết vụ việc" }).textContent(), POLL).toContain("Nằm trong đất quốc phòng");
    await page.getByLabel("Chỉ bản ghi có cảnh báo", { exact: true }).check();
    await expect.poll(() => items(page).count(), POLL).toBe(1);
    await page.waitForTimeout(1500); // let the map draw the halo for the screenshot
    await page.screenshot({ path: "test-results/incidents-defence-land-warning.png" });
  });

  test("offline: a record created without network is kept with its outbox entry", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const point = interiorOf("village", "Thôn Kim Quang");
    const withServiceWorker = existsSync("dist/sw.js");
    await openApp(page, { zoom: 13, lat: point.lat, lon: point.lon });
    if (withServiceWorker) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 90_000 });
    await session.context.setOffline(true);
    console.info(`[measure] offline incident test: ${withServiceWorker ? "service worker present — reloading offline" : "no dist/sw.js — checking persistence without reload"}`);

    await openIncidents(page);
    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await page.getByLabel("Tọa độ", { exact: true }).fill(`${point.lat.toFixed(6)}, ${point.lon.toFixed(6)}`);
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Ghi nhận khi mất sóng");
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Khác" });
    await save(page);
    await expect.poll(() => items(page).count(), POLL).toBe(1);

    if (withServiceWorker) {
      await page.reload();
      await waitForMap(page);
      await openIncidents(page);
      await expect.poll(() => items(page).allTextContents(), POLL).toEqual([expect.stringContaining("Ghi nhận khi mất sóng")]);
    }
    const records = await readStoredRecords(page, ["incidents", "outbox"]);
    const stored = { incidents: records.incidents.length, outbox: records.outbox };
    expect(stored.incidents).toBe(1);
    expect(stored.outbox).toEqual([expect.objectContaining({ operation: "create", method: "POST", state: "pending" })]);
    expect(await outboxCount(page)).toBe(1);
  });

  test("the attribute panel of any selected point shows its coordinates in every system", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const station = samplePoint("border-station");
    await openApp(page, { zoom: 14, lat: station.lat, lon: station.lon });
    await clickMapCentreUntilDetails(page, station.name);
    const readout = detailsPanel(page).getByRole("region", { name: "Tọa độ điểm" });
    await expect.poll(() => readout.count(), POLL).toBe(1);
    const [lat, lon] = (/(\d+\.\d{6}), (\d+\.\d{6})/.exec((await readout.textContent()) ?? "") ?? []).slice(1).map(Number);
    // The point's own position (to tile precision), not where the click landed.
    expect(Math.abs(lat - station.lat)).toBeLessThan(2e-5);
    expect(Math.abs(lon - station.lon)).toBeLessThan(2e-5);
    expect(await readout.textContent()).toMatch(/48Q [A-Z]{2} \d{5} \d{5}/);
    expect(await readout.getByRole("button", { name: "Sao chép tọa độ MGRS (lưới quân sự, WGS84)" }).count()).toBe(1);
  });
});
