// "Nhập vào lớp…": a GeoJSON of militia posts with Vietnamese column names goes
// into "Chốt dân quân" with the guessed mapping; the preview shows the rows as
// they will be stored and the one that will be left out (and why); the import
// adds them, and one undo takes the whole import back.

import { writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, sampleLayer, samplePoint } from "./app-page";

const browserProfiles = guardedBrowserForFile();

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
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 12, lat: a.lat, lon: a.lon });
    const count = async () => Number(await page.getByTestId("layer-count-militia-post").textContent());
    await expect.poll(count, POLL).toBe(existing);

    await page.getByText("Nhập vào lớp…").click();
    await page.getByLabel("Tệp để nhập vào lớp (GeoJSON, KML/KMZ, GPX)").setInputFiles(file);
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
});
