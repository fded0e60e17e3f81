// Every view follows IndexedDB live: a record written in one tab of the app
// is in the next export without a reload, and a second browser tab of the
// same profile shows a change made in the first one within 2 seconds.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, recordIncident, samplePoint } from "./app-page";
import { downloadTo } from "./drill-test-helpers";

const E2E_TIMEOUT_MS = 300_000;
const WITHIN_TWO_SECONDS = { timeout: 2_000, interval: 100 };

const browserProfiles = guardedBrowserForFile();

describe("live data across views and tabs", () => {
  test("an incident recorded in Vụ việc is in the exchange package exported right after, without a reload", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const centre = samplePoint("command-post");
    await openApp(page, { zoom: 14, lat: centre.lat, lon: centre.lon });
    // The Biên giới tab is opened first, so its export list exists before the incident does.
    await page.getByRole("tab", { name: "Biên giới" }).click();
    await recordIncident(page, "Trộm bò ở bản Kim Quang");

    await page.getByRole("tab", { name: "Biên giới" }).click();
    await page.getByLabel("Người lập gói").fill("Nguyễn Văn A");
    const zipPath = "test-results/goi-co-vu-viec.zip";
    await downloadTo(page, () => page.getByRole("button", { name: "Xuất gói dữ liệu" }).click(), zipPath);
    await expect.poll(() => page.getByTestId("exchange-status").textContent(), POLL).toContain("5 lớp");
    const entries = unzipSync(readFileSync(zipPath));
    const incidentLayer = Object.keys(entries).find((path) => /^layers\/\d+-incident\.geojson$/.test(path));
    expect(incidentLayer).toBeDefined();
    const collection = JSON.parse(strFromU8(entries[incidentLayer!]));
    expect(collection.features.map((feature: { properties: { name: string } }) => feature.properties.name)).toEqual(["Trộm bò ở bản Kim Quang"]);
  }, E2E_TIMEOUT_MS);

  test("a drill edited in one tab shows in a second tab of the same profile within 2 s", async () => {
    const session = await browserProfiles.openProfile();
    const first = await session.newPage();
    const second = await session.newPage();
    await openApp(first, { zoom: 13, lat: 18.33, lon: 105.45 });
    await openApp(second, { zoom: 13, lat: 18.33, lon: 105.45 });
    await second.getByRole("tab", { name: "Diễn tập" }).click();
    await first.getByRole("tab", { name: "Diễn tập" }).click();

    await first.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).click();
    await first.getByLabel("Tên kế hoạch").fill("Diễn tập phòng thủ xã 2026");
    await first.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await expect.poll(() => first.getByRole("article", { name: "Kế hoạch Diễn tập phòng thủ xã 2026" }).count(), POLL).toBe(1);
    await expect.poll(() => second.getByText("Diễn tập phòng thủ xã 2026").count(), WITHIN_TWO_SECONDS).toBeGreaterThan(0);

    await first.getByLabel("Tên giai đoạn").fill("Báo động, tập kết");
    await first.getByRole("button", { name: "Thêm giai đoạn" }).click();
    await expect.poll(() => first.getByText(/— Báo động, tập kết/).isVisible(), POLL).toBe(true);
    await expect.poll(() => second.getByText(/— Báo động, tập kết/).isVisible(), WITHIN_TWO_SECONDS).toBe(true);
    await second.screenshot({ path: "test-results/live-drill-second-tab.png" });
  }, E2E_TIMEOUT_MS);
});
