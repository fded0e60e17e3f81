// "Nhập dữ liệu" with the files agencies exchange, in real Chromium: GDAL's
// WebAssembly loads in the import worker from the app's own assets (no other
// origin), a TCVN3 Shapefile in VN-2000 shows its text preview and CRS, is
// imported as a layer, and a GeoPackage table is chosen.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp } from "./app-page";

const browserProfiles = guardedBrowserForFile();
const FIXTURES = "tests/fixtures/formats";
const GDAL_TIMEOUT = { timeout: 150_000, interval: 250 };
// Each test opens a fresh browser profile, so GDAL's 28 MB wasm is compiled again (slow under SwiftShader on a shared machine).
const SLOW = { timeout: 300_000 };

async function openFresh() {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await openApp(page, { zoom: 12, lon: 105.43, lat: 18.33 });
  return page;
}

const pick = (name: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(`${FIXTURES}/${name}`) });

describe("importing GIS files", () => {
  test("a TCVN3 Shapefile in VN-2000: preview, CRS, then a layer", SLOW, async () => {
    const page = await openFresh();
    await page.locator('input[type="file"]').first().setInputFiles([pick("diem-tcvn3.zip")]);
    const dialog = page.getByRole("group", { name: "Nhập tệp Shapefile “diem-tcvn3.shp”" });
    await expect.poll(() => dialog.isVisible(), GDAL_TIMEOUT).toBe(true);
    await expect.poll(() => dialog.getByRole("list", { name: "Xem trước chữ Việt" }).textContent(), POLL).toContain("Th«n H­¬ng Minh → Thôn Hương Minh");
    expect(await dialog.getByRole("combobox", { name: "Hệ tọa độ của tệp" }).inputValue()).toBe("tm3:Hà Tĩnh");
    expect(await dialog.getByRole("combobox", { name: "Bảng mã chữ Việt" }).inputValue()).toBe("tcvn3");
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 3 đối tượng" }).isVisible(), GDAL_TIMEOUT).toBe(true);
  });

  test("a GeoPackage with two tables: the table is chosen", SLOW, async () => {
    const page = await openFresh();
    await page.locator('input[type="file"]').first().setInputFiles([pick("hai-bang-utm48.gpkg")]);
    const dialog = page.getByRole("group", { name: "Nhập tệp GeoPackage “hai-bang-utm48.gpkg”" });
    await expect.poll(() => dialog.isVisible(), GDAL_TIMEOUT).toBe(true);
    await dialog.getByRole("combobox", { name: "Lớp / bảng" }).selectOption("hai-bang-utm48.gpkg::dat_quoc_phong");
    await expect.poll(() => dialog.textContent(), POLL).toContain("— 1 đối tượng");
    expect(await dialog.getByRole("combobox", { name: "Hệ tọa độ của tệp" }).inputValue()).toBe("utm48");
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 1 đối tượng" }).isVisible(), GDAL_TIMEOUT).toBe(true);
  });
});
