// "Nhập dữ liệu": a valid file becomes a layer that survives a reload; a bad
// file gets a Vietnamese alert saying where, and changes nothing; the user may
// import only the valid features; names are shown as text, never run.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { readStoredRecords } from "./stored-records";
import { POLL, clickMapCentreUntilDetails, detailsPanel, importFile, openApp, waitForMap } from "./app-page";

const browserProfiles = guardedBrowserForFile();

const CENTRE = { lon: 105.43, lat: 18.33 };

function point(name: string, lon = CENTRE.lon, lat = CENTRE.lat) {
  return { type: "Feature", properties: { name }, geometry: { type: "Point", coordinates: [lon, lat] } };
}

function collection(...features: unknown[]) {
  return { type: "FeatureCollection", features };
}

async function openFresh(): Promise<Page> {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await openApp(page, { zoom: 13, ...CENTRE });
  return page;
}

/** The colours of the imported layers as stored in IndexedDB (the app's database, `layers` table, records opened). */
async function storedLayerColors(page: Page): Promise<string[]> {
  return ((await readStoredRecords(page, ["layers"])).layers as { color: string }[]).map((layer) => layer.color);
}

const importedLayers = (page: Page) => page.getByRole("region", { name: "Lớp đã nhập" }).locator(".layer-row");

describe("importing GeoJSON", () => {
  test("a valid file becomes a layer that is still there after a reload", async () => {
    const page = await openFresh();
    await importFile(page, "diem-tuan-tra.geojson", collection(point("Điểm tuần tra 1"), point("Điểm tuần tra 2", 105.44, 18.34)));
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 2 đối tượng" }).isVisible(), POLL).toBe(true);
    await expect.poll(() => page.getByRole("checkbox", { name: "diem-tuan-tra", exact: true }).isChecked(), POLL).toBe(true);

    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByRole("checkbox", { name: "diem-tuan-tra", exact: true }).isChecked(), POLL).toBe(true);
    await expect.poll(() => importedLayers(page).first().locator(".layer-count").textContent(), POLL).toBe("2");
    await clickMapCentreUntilDetails(page, "Điểm tuần tra 1");
  });

  test("an invalid file shows a Vietnamese alert naming the place, and changes nothing", async () => {
    const page = await openFresh();
    await importFile(page, "tot.geojson", collection(point("Giữ nguyên")));
    await page.getByRole("status").filter({ hasText: "Đã nhập 1 đối tượng" }).waitFor();

    const broken = collection(point("Tốt"), { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [18.33, 105.43] } });
    await importFile(page, "dao-toa-do.geojson", broken);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("dao-toa-do.geojson");
    expect(text).toContain("features[1]");
    expect(text).toMatch(/Chưa có dữ liệu nào được thay đổi/);
    await expect.poll(() => importedLayers(page).count(), POLL).toBe(1);

    await importFile(page, "hong.geojson", '{"type": "FeatureCollection", "features": [');
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "hong.geojson" }).isVisible(), POLL).toBe(true);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => importedLayers(page).count(), POLL).toBe(1);
  });

  test("the user may import only the valid features and is told what was skipped", async () => {
    const page = await openFresh();
    const unclosedRing = { type: "Feature", properties: { name: "Vòng hở" }, geometry: { type: "Polygon", coordinates: [[[105.4, 18.3], [105.41, 18.3], [105.41, 18.31]]] } };
    await importFile(page, "mot-phan.geojson", collection(point("A"), unclosedRing, point("B", 105.44)));
    const alert = page.getByRole("alert").filter({ hasText: "mot-phan.geojson" });
    await alert.getByRole("button", { name: "Chỉ nhập 2 đối tượng hợp lệ" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã bỏ qua 1 đối tượng không hợp lệ" }).isVisible(), POLL).toBe(true);
    await expect.poll(() => importedLayers(page).first().locator(".layer-count").textContent(), POLL).toBe("2");
  });

  test("a file dropped on the map is imported the same way", async () => {
    const page = await openFresh();
    const text = JSON.stringify(collection(point("Thả vào bản đồ")));
    await page.getByTestId("map").evaluate((target, content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "tha-tep.geojson", { type: "application/geo+json" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.parentElement?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);
    await expect.poll(() => page.getByRole("checkbox", { name: "tha-tep", exact: true }).isChecked(), POLL).toBe(true);
  });

  test("an imported layer can be renamed, recoloured and deleted", async () => {
    const page = await openFresh();
    await importFile(page, "lop-tam.geojson", collection(point("X")));
    await page.getByRole("button", { name: "Đổi tên – lop-tam" }).click();
    const nameField = page.getByLabel("Tên mới của lớp");
    await nameField.fill("Khu vực tuần tra");
    await nameField.press("Enter");
    await page.getByLabel("Màu – Khu vực tuần tra").fill("#ff0000");
    // The write is async: reload only once it is in IndexedDB (a reload aborts an unfinished transaction).
    await expect.poll(() => storedLayerColors(page), POLL).toEqual(["#ff0000"]);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByLabel("Màu – Khu vực tuần tra").inputValue(), POLL).toBe("#ff0000");

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Xóa lớp – Khu vực tuần tra" }).click();
    await expect.poll(() => importedLayers(page).count(), POLL).toBe(0);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => importedLayers(page).count(), POLL).toBe(0);
  });

  test("a hostile name is shown as text and never runs", async () => {
    const page = await openFresh();
    const hostile = '<img src=x onerror="window.__xss=1">';
    await importFile(page, "doc-hai.geojson", collection(point(hostile)));
    await page.getByRole("status").filter({ hasText: "Đã nhập 1 đối tượng" }).waitFor();
    await clickMapCentreUntilDetails(page, hostile);
    await expect.poll(() => detailsPanel(page).locator("img").count(), POLL).toBe(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: number }).__xss), POLL).toBeUndefined();
  });
});
