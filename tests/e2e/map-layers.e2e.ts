// The sample commune on the map: every layer listed with its count, toggles,
// attributes on click, the view in the URL hash, and nothing leaving localhost.

import { describe, expect, test } from "vitest";
import { LAYER_CATALOG } from "../../src/domain/layer-catalog";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, clickMapCentre, clickMapCentreUntilDetails, detailsPanel, openApp, sampleLayer, samplePoint, waitForMap } from "./app-page";
import { readStoredRecords } from "./stored-records";


const browserProfiles = guardedBrowserForFile();

describe("the sample commune", () => {
  test("renders the map with every layer listed and counted, with no request leaving localhost", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await openApp(page);

    await expect.poll(() => page.locator('[data-testid="map"] canvas').count(), POLL).toBe(1);
    for (const layer of LAYER_CATALOG) {
      const checkbox = page.getByRole("checkbox", { name: layer.name, exact: true });
      await expect.poll(() => checkbox.isChecked(), POLL).toBe(true);
      const expectedCount = sampleLayer(layer.id).features.length;
      expect(expectedCount).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId(`layer-count-${layer.id}`).textContent(), POLL).toBe(expectedCount.toLocaleString("vi-VN"));
    }
    // Labels are drawn from the bundled font, never from a glyph server.
    expect(requested.some((url) => /noto-sans-vietnamese-400-normal.*\.woff2/.test(url))).toBe(true);
    expect(requested.filter((url) => /\.pbf|glyphs|fonts\.googleapis/.test(url))).toEqual([]);

    const firstRenderMs = await page.evaluate(() => performance.getEntriesByName("first-map-render")[0]?.startTime);
    expect(firstRenderMs).toBeGreaterThan(0);
    console.info(`[measure] time to first map render: ${Math.round(firstRenderMs ?? 0)} ms`);
    // The online badge covers none of the map's own text (attribution, scale).
    const badge = (await page.getByRole("status", { name: "Trạng thái kết nối" }).boundingBox())!;
    for (const selector of [".maplibregl-ctrl-attrib", ".maplibregl-ctrl-scale"]) {
      const other = (await page.locator(selector).boundingBox())!;
      const overlaps = badge.x < other.x + other.width && other.x < badge.x + badge.width && badge.y < other.y + other.height && other.y < badge.y + badge.height;
      expect(overlaps, `the online badge overlaps ${selector}`).toBe(false);
    }
    await page.screenshot({ path: "test-results/sample-commune.png" });
  });

  test("clicking a feature shows its attributes in Vietnamese; hiding its layer makes it unclickable", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const station = samplePoint("border-station");
    await openApp(page, { zoom: 14, lat: station.lat, lon: station.lon });

    await clickMapCentre(page);
    const details = detailsPanel(page);
    await expect.poll(() => details.getByRole("heading", { name: station.name }).isVisible(), POLL).toBe(true);
    await expect.poll(() => details.textContent(), POLL).toContain("Đồn Biên phòng");
    await expect.poll(() => details.textContent(), POLL).toContain("Dữ liệu mẫu – không phải vị trí thật");
    await page.screenshot({ path: "test-results/feature-details.png" });
    // On the narrowest desktop the online badge (top-left of the map) stays clear of the panel (top-right).
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => {
      const [badge, panel] = [await page.getByRole("status", { name: "Trạng thái kết nối" }).boundingBox(), await details.boundingBox()];
      return badge!.x + badge!.width < panel!.x;
    }, POLL).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("checkbox", { name: "Đồn Biên phòng", exact: true }).uncheck();
    await expect.poll(() => details.count(), POLL).toBe(0);
    await clickMapCentre(page);
    // What lies under the station (its village, the commune) may answer, but never the station.
    await expect.poll(() => details.getByRole("heading", { name: station.name }).count(), POLL).toBe(0);

    // The choice is written in the background; a reload after it is stored finds it (under load it takes a moment).
    const storedVisibility = async () => {
      const { layerSettings } = await readStoredRecords(page, ["layerSettings"]);
      return (layerSettings as { layerId: string; visible: boolean }[]).find((record) => record.layerId === "border-station")?.visible;
    };
    await expect.poll(storedVisibility, POLL).toBe(false);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByRole("checkbox", { name: "Đồn Biên phòng", exact: true }).isChecked(), POLL).toBe(false);
    await page.getByRole("checkbox", { name: "Đồn Biên phòng", exact: true }).check();
    await clickMapCentreUntilDetails(page, station.name);
  });

  test("the URL hash keeps the view, so a link reopens the same place", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    const marker = samplePoint("border-marker", 3);
    await openApp(page, { zoom: 15, lat: marker.lat, lon: marker.lon });
    await clickMapCentreUntilDetails(page, marker.name);

    await page.getByRole("button", { name: "Thu nhỏ" }).click();
    await page.waitForFunction(() => window.location.hash.startsWith("#14/"));
    const link = page.url();
    const second = await session.newPage();
    await second.goto(link);
    await waitForMap(second);
    expect(second.url()).toBe(link);
  });
});
