// "Nhập vào lớp…": a GeoJSON of militia posts with Vietnamese column names goes
// into "Chốt dân quân" with the guessed mapping; the preview shows the rows as
// they will be stored and the one that will be left out (and why); the import
// adds them, and one undo takes the whole import back. A Shapefile in VN-2000
// (made by Debian's ogr2ogr) goes the same way after GDAL's choices dialog.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, sampleLayer, samplePoint } from "./app-page";

const browserProfiles = guardedBrowserForFile();

/** The sample opened at `at`, its "Chốt dân quân" count checked, "Nhập vào lớp…" opened. */
async function openIntoLayer(at: { lat: number; lon: number }, existing: number) {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await openApp(page, { zoom: 12, lat: at.lat, lon: at.lon });
  const count = async () => Number(await page.getByTestId("layer-count-militia-post").textContent());
  await expect.poll(count, POLL).toBe(existing);
  await page.getByText("Nhập vào lớp…").click();
  return { page, count };
}

describe("import into an operational layer", () => {
  test("map the columns, preview, import into Chốt dân quân, undo", async () => {
    const existing = sampleLayer("militia-post").features.length;
    const [a, b] = [samplePoint("militia-post", 0), samplePoint("militia-post", 1)];
    const file = "test-results/chot-dan-quan.geojson";
    writeFileSync(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: { type: "Point", coordinates: [a.lon + 0.002, a.lat] }, properties: { ten: "Chốt nhập 1", don_vi: "Trung đội cơ động", quan_so: 12 } },
          { type: "Feature", geometry: { type: "Point", coordinates: [b.lon + 0.002, b.lat] }, properties: { ten: "Chốt nhập 2", don_vi: "Tiểu đội thôn", quan_so: "9" } },
          { type: "Feature", geometry: { type: "Point", coordinates: [b.lon, b.lat + 0.002] }, properties: { ten: "Chốt thiếu quân số", don_vi: "Tiểu đội" } },
        ],
      }),
    );
    const { page, count } = await openIntoLayer(a, existing);
    await page.getByLabel("Tệp để nhập vào lớp", { exact: false }).setInputFiles(file);
    const preview = page.getByRole("table", { name: "Xem trước các dòng sẽ nhập" });
    await expect.poll(() => preview.textContent(), POLL).toContain("Chốt nhập 1");
    expect(await page.getByLabel("Quân số *").inputValue()).toBe("quan_so");
    expect(await preview.textContent()).toContain("Trung đội cơ động");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Dòng 3" }).textContent(), POLL).toContain("Quân số");
    await page.screenshot({ path: "test-results/import-into-layer-preview.png" });

    await page.getByRole("button", { name: "Nhập 2 đối tượng" }).click();
    await expect.poll(() => page.getByTestId("import-into-layer-status").textContent(), POLL).toContain("Đã nhập 2 đối tượng vào lớp; bỏ qua 1 dòng có lỗi");
    await expect.poll(count, POLL).toBe(existing + 2);

    await page.getByRole("button", { name: "Hoàn tác lần nhập này" }).click();
    await expect.poll(() => page.getByTestId("import-into-layer-status").textContent(), POLL).toContain("Đã hoàn tác");
    await expect.poll(count, POLL).toBe(existing);
  }, 300_000);

  test("a Shapefile in VN-2000 TM-3 goes into Chốt dân quân after the GIS choices", async () => {
    const existing = sampleLayer("militia-post").features.length;
    const a = samplePoint("militia-post", 0);
    const folder = mkdtempSync(join(tmpdir(), "e2e-into-layer-"));
    writeFileSync(
      join(folder, "posts.geojson"),
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: { type: "Point", coordinates: [a.lon + 0.003, a.lat] }, properties: { ten: "Chốt từ Shapefile 1", don_vi: "Trung đội cơ động", quan_so: 15 } },
          { type: "Feature", geometry: { type: "Point", coordinates: [a.lon, a.lat + 0.003] }, properties: { ten: "Chốt từ Shapefile 2", don_vi: "Tiểu đội thôn", quan_so: 8 } },
        ],
      }),
    );
    // VN-2000 / TM-3 105-30 (Hà Tĩnh's zone), UTF-8 text with its .cpg: what a district office sends.
    execFileSync("ogr2ogr", ["-f", "ESRI Shapefile", "-t_srs", "EPSG:9209", "-lco", "ENCODING=UTF-8", join(folder, "chot.shp"), join(folder, "posts.geojson")]);
    const parts = readdirSync(folder).filter((name) => name.startsWith("chot.")).map((name) => join(folder, name));

    const { page, count } = await openIntoLayer(a, existing);
    await page.getByLabel("Tệp để nhập vào lớp", { exact: false }).setInputFiles(parts);
    const dialog = page.getByRole("group", { name: "Nhập tệp Shapefile “chot.shp”" });
    await expect.poll(() => dialog.isVisible(), { timeout: 150_000, interval: 250 }).toBe(true);
    await dialog.getByRole("button", { name: "Đọc tệp và ghép cột" }).click();
    const preview = page.getByRole("table", { name: "Xem trước các dòng sẽ nhập" });
    await expect.poll(() => preview.textContent(), { timeout: 60_000, interval: 250 }).toContain("Chốt từ Shapefile 1");
    expect(await page.getByLabel("Quân số *").inputValue()).toBe("quan_so");

    await page.getByRole("button", { name: "Nhập 2 đối tượng" }).click();
    await expect.poll(() => page.getByTestId("import-into-layer-status").textContent(), POLL).toContain("Đã nhập 2 đối tượng vào lớp");
    await expect.poll(count, POLL).toBe(existing + 2);
  }, 400_000);
});
