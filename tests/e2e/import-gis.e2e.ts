// "Nhập dữ liệu" with the files agencies exchange, in real Chromium: GDAL's
// WebAssembly loads in the import worker from the app's own assets (no other
// origin), a TCVN3 Shapefile in VN-2000 shows its text preview and CRS, is
// imported as a layer and exported again as a Shapefile in VN-2000 (read back
// by Debian's ogr2ogr), and a GeoPackage table is chosen.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { FeatureCollection, Point } from "geojson";
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
    await page.getByLabel("Nhập dữ liệu").setInputFiles([pick("diem-tcvn3.zip")]);
    const dialog = page.getByRole("group", { name: "Nhập tệp Shapefile “diem-tcvn3.shp”" });
    await expect.poll(() => dialog.isVisible(), GDAL_TIMEOUT).toBe(true);
    await expect.poll(() => dialog.getByRole("list", { name: "Xem trước chữ Việt" }).textContent(), POLL).toContain("Th«n H­¬ng Minh → Thôn Hương Minh");
    expect(await dialog.getByRole("combobox", { name: "Hệ tọa độ của tệp" }).inputValue()).toBe("tm3:Hà Tĩnh");
    expect(await dialog.getByRole("combobox", { name: "Bảng mã chữ Việt" }).inputValue()).toBe("tcvn3");
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 3 đối tượng" }).isVisible(), GDAL_TIMEOUT).toBe(true);

    // Export it again as a Shapefile in VN-2000 Hà Tĩnh and read the download with GDAL.
    const exportPanel = page.getByRole("region", { name: "Xuất lớp ra tệp GIS" });
    await exportPanel.getByRole("combobox", { name: "Lớp" }).selectOption({ label: "diem-tcvn3 (3)" });
    // Each list sits under its label, not run into it ("Lớpdiem-tcvn3").
    for (const name of ["Lớp", "Hệ tọa độ của tệp xuất"]) {
      const [list, panel] = [await exportPanel.getByRole("combobox", { name }).boundingBox(), await exportPanel.boundingBox()];
      expect(list!.x, name).toBeLessThan(panel!.x + 2);
    }
    await exportPanel.getByRole("combobox", { name: "Hệ tọa độ của tệp xuất" }).selectOption("tm3:Hà Tĩnh");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), exportPanel.getByRole("button", { name: "Xuất Shapefile" }).click()]);
    expect(download.suggestedFilename()).toBe("diem-tcvn3.zip");
    const folder = mkdtempSync(join(tmpdir(), "e2e-export-"));
    const zipPath = join(folder, "export.zip");
    await download.saveAs(zipPath);
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath))))) writeFileSync(join(folder, name), bytes);
    const readBack = JSON.parse(execFileSync("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", join(folder, "diem-tcvn3.shp")]).toString()) as FeatureCollection<Point>;
    const known = JSON.parse(readFileSync(`${FIXTURES}/known-features.geojson`, "utf8")) as FeatureCollection;
    const tm3 = "+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m";
    for (const feature of known.features.filter((entry) => entry.geometry.type === "Point")) {
      const [lon, lat] = (feature.geometry as Point).coordinates;
      const expected = execFileSync("gdaltransform", ["-s_srs", "EPSG:4326", "-t_srs", tm3, "-output_xy"], { input: `${lon} ${lat}\n` }).toString().trim().split(/\s+/).map(Number);
      const match = readBack.features.find((entry) => entry.properties?.ten === feature.properties?.ten);
      expect(match, String(feature.properties?.ten)).toBeDefined();
      expect(Math.hypot(match!.geometry.coordinates[0] - expected[0], match!.geometry.coordinates[1] - expected[1])).toBeLessThan(0.05);
    }
  });

  test("a GeoPackage with two tables: the table is chosen", SLOW, async () => {
    const page = await openFresh();
    await page.getByLabel("Nhập dữ liệu").setInputFiles([pick("hai-bang-utm48.gpkg")]);
    const dialog = page.getByRole("group", { name: "Nhập tệp GeoPackage “hai-bang-utm48.gpkg”" });
    await expect.poll(() => dialog.isVisible(), GDAL_TIMEOUT).toBe(true);
    await dialog.getByRole("combobox", { name: "Lớp / bảng" }).selectOption("hai-bang-utm48.gpkg::dat_quoc_phong");
    await expect.poll(() => dialog.textContent(), POLL).toContain("— 1 đối tượng");
    expect(await dialog.getByRole("combobox", { name: "Hệ tọa độ của tệp" }).inputValue()).toBe("utm48");
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 1 đối tượng" }).isVisible(), GDAL_TIMEOUT).toBe(true);
  });
});
