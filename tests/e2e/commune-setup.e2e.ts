// Any commune, not only the sample: on a fresh profile the officer searches the
// official list without accents ("son kim"), previews and opens Xã Sơn Kim 1
// (Hà Tĩnh); its official boundary is the workspace's "Ranh giới xã" layer and
// the neighbours are drawn around it; the land border with Laos is derived from
// the boundaries; with the network off after that first visit, a reload opens
// the same commune with everything there.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, baseUrl, passSecurityScreens, waitForMap } from "./app-page";

const E2E_TIMEOUT_MS = 300_000;
const browserProfiles = guardedBrowserForFile();

const layerCount = async (page: Page, layerId: string) => Number(await page.getByTestId(`layer-count-${layerId}`).textContent());

describe("setting up a commune", () => {
  test("search, preview and open Xã Sơn Kim 1; derive its border with Laos; reopen offline", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await page.goto(baseUrl());
    await passSecurityScreens(page);
    await page.getByLabel("Tìm xã, phường (tên hoặc mã)").fill("son kim");
    const results = page.getByRole("list", { name: "Kết quả tìm xã, phường" });
    await expect.poll(() => results.getByRole("button").allTextContents(), POLL).toEqual(
      expect.arrayContaining([expect.stringContaining("Xã Sơn Kim 1, Hà Tĩnh"), expect.stringContaining("Xã Sơn Kim 2, Hà Tĩnh")]),
    );
    await results.getByRole("button", { name: /Xã Sơn Kim 1, Hà Tĩnh/ }).click();
    await expect.poll(() => page.getByTestId("chosen-communes").textContent(), POLL).toContain("Xã Sơn Kim 1, Hà Tĩnh");
    await page.getByRole("button", { name: "Dùng xã, phường này" }).click();

    await waitForMap(page);
    await expect.poll(() => page.locator(".commune-name").textContent(), POLL).toContain("Xã Sơn Kim 1, Hà Tĩnh");
    expect(await page.getByRole("note").filter({ hasText: "Dữ liệu mẫu" }).count()).toBe(0);
    await expect.poll(() => layerCount(page, "commune"), POLL).toBe(1);
    await page.screenshot({ path: "test-results/commune-setup-son-kim-1.png" });

    await page.getByRole("tab", { name: "Biên giới" }).click();
    await page.getByRole("button", { name: "Lấy đường biên giới từ ranh giới" }).click();
    await expect.poll(() => page.getByTestId("derive-border-status").textContent(), POLL).toMatch(/Đã lấy \d+ đoạn đường biên giới với Lào, dài [\d,.]+ km/);
    await page.getByRole("tab", { name: "Lớp bản đồ" }).click();
    await expect.poll(() => layerCount(page, "border-line"), POLL).toBeGreaterThan(0);

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 90_000 });
    await session.context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.locator(".commune-name").textContent(), POLL).toContain("Xã Sơn Kim 1, Hà Tĩnh");
    await expect.poll(() => layerCount(page, "border-line"), POLL).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/commune-setup-offline.png" });
  }, E2E_TIMEOUT_MS);
});
