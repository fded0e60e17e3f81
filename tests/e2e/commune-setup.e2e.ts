// Any commune, not only the sample: on a fresh profile the officer searches the
// official list without accents ("son kim"), previews and opens Xã Sơn Kim 1
// (Hà Tĩnh); its official boundary is the workspace's "Ranh giới xã" layer and
// the neighbours are drawn around it; the land border with Laos is derived from
// the boundaries; a border marker placed a few metres off that line snaps onto
// it; with the network off after that first visit, a reload opens the same
// commune with everything there.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { LineString, MultiLineString, Point, Position } from "geojson";
import { guardedBrowserForFile } from "./browser-session";
import { readStoredRecords } from "./stored-records";
import { POLL, baseUrl, passSecurityScreens, waitForMap } from "./app-page";

const E2E_TIMEOUT_MS = 300_000;
const browserProfiles = guardedBrowserForFile();

interface StoredFeature {
  layerId: string;
  geometry: Point | LineString | MultiLineString;
  properties: Record<string, unknown>;
  deletedAt: string | null;
}

/** The workspace's features as the app stored them in IndexedDB (opened with the test passphrase). */
async function storedFeatures(page: Page): Promise<StoredFeature[]> {
  return (await readStoredRecords(page, ["workspaceFeatures"])).workspaceFeatures as StoredFeature[];
}

/** Metres from a point to a polyline, in a local plane around the point (fine at these distances). */
function metresToLine(point: Position, line: Position[]): number {
  const metresPerDegreeLat = 111_320;
  const metresPerDegreeLon = 111_320 * Math.cos((point[1] * Math.PI) / 180);
  const local = (position: Position) => [(position[0] - point[0]) * metresPerDegreeLon, (position[1] - point[1]) * metresPerDegreeLat];
  let best = Infinity;
  for (let index = 1; index < line.length; index++) {
    const [ax, ay] = local(line[index - 1]);
    const [bx, by] = local(line[index]);
    const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / length2));
    best = Math.min(best, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
  }
  return best;
}

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
    // A border commune's device used by the Đồn Biên phòng: it edits the border line and markers.
    await page.getByLabel("Vai trò trên thiết bị").selectOption({ label: "Đồn Biên phòng" });
    await page.getByRole("button", { name: "Dùng xã, phường này" }).click();

    await waitForMap(page);
    await expect.poll(() => page.locator(".commune-name").textContent(), POLL).toContain("Xã Sơn Kim 1, Hà Tĩnh");
    expect(await page.getByRole("note").filter({ hasText: "Dữ liệu mẫu" }).count()).toBe(0);
    // Nothing on screen, not even a hint in a search box, still speaks of the sample commune.
    await page.getByRole("tab", { name: "Vụ việc" }).click();
    const shownText = await page.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll("[placeholder]")].map((field) => field.getAttribute("placeholder"))].join("\n"));
    expect(shownText).not.toMatch(/v[uũ] quang/i);

    // A new commune has no villages or hotspots yet: the coverage says so, not an empty "Chưa được phủ (0)" table.
    await page.getByRole("tab", { name: "Phân tích" }).click();
    const coverage = page.getByRole("region", { name: "Vùng phủ chốt dân quân" });
    await coverage.getByRole("button", { name: "Tính vùng phủ" }).click();
    await expect.poll(() => coverage.getByTestId("coverage-no-targets").isVisible(), POLL).toBe(true);
    expect(await coverage.getByRole("table", { name: "Thôn và điểm nóng chưa được phủ" }).count()).toBe(0);
    await expect.poll(() => layerCount(page, "commune"), POLL).toBe(1);
    await page.screenshot({ path: "test-results/commune-setup-son-kim-1.png" });

    await page.getByRole("tab", { name: "Biên giới" }).click();
    await page.getByRole("button", { name: "Lấy đường biên giới từ ranh giới" }).click();
    await expect.poll(() => page.getByTestId("derive-border-status").textContent(), POLL).toMatch(/Đã lấy \d+ đoạn đường biên giới với Lào, dài [\d,.]+ km/);
    await page.getByRole("tab", { name: "Lớp bản đồ" }).click();
    await expect.poll(() => layerCount(page, "border-line"), POLL).toBeGreaterThan(0);

    // A marker clicked ~9 m off the derived line lands on it (snapping is on by default for markers).
    const borderLines = (await storedFeatures(page)).filter((feature) => feature.layerId === "border-line" && feature.deletedAt === null);
    const lines = borderLines.flatMap((feature) => (feature.geometry.type === "MultiLineString" ? feature.geometry.coordinates : [feature.geometry.coordinates as Position[]]));
    const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
    const middle = Math.floor(longest.length / 2);
    const [vertex, next] = [longest[middle], longest[middle + 1]];
    // 9 m along the normal of the line's segment at that vertex.
    const cosLat = Math.cos((vertex[1] * Math.PI) / 180);
    const [east, north] = [(next[0] - vertex[0]) * cosLat, next[1] - vertex[1]];
    const length = Math.hypot(east, north);
    const offMetres = 9;
    const clicked: Position = [vertex[0] + ((-north / length) * offMetres) / (111_320 * cosLat), vertex[1] + ((east / length) * offMetres) / 111_320];
    expect(metresToLine(clicked, lines.flat())).toBeGreaterThan(3);
    await page.evaluate(([lon, lat]) => (window.location.hash = `#16/${lat}/${lon}`), clicked);
    await page.waitForTimeout(1500);
    await page.getByRole("tab", { name: "Biên tập" }).click();
    const editor = page.getByRole("region", { name: "Biên tập lớp" });
    await editor.getByLabel("Lớp cần biên tập").selectOption({ label: "Cột mốc biên giới" });
    expect(await editor.getByLabel("Bám vào đường biên giới").isChecked()).toBe(true);
    await editor.getByRole("button", { name: "Thêm điểm" }).click();
    await expect.poll(() => editor.getByRole("status", { name: "Công cụ vẽ" }).textContent(), POLL).toContain("Bấm vào bản đồ để đặt điểm");
    const box = (await page.getByTestId("map").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const form = editor.getByRole("form", { name: "Thuộc tính" });
    await form.getByLabel("Số hiệu mốc").fill("501");
    await form.getByLabel("Loại mốc").selectOption({ label: "Mốc chính" });
    await form.getByLabel("Tình trạng").selectOption({ label: "Tốt" });
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    const marker = async () => (await storedFeatures(page)).find((feature) => feature.layerId === "border-marker" && feature.properties.number === 501);
    await expect.poll(async () => (await marker()) !== undefined, POLL).toBe(true);
    const placed = (await marker())!.geometry as Point;
    expect(metresToLine(placed.coordinates, lines.flat())).toBeLessThan(0.5);
    await page.screenshot({ path: "test-results/commune-setup-marker-snapped.png" });

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 90_000 });
    await session.context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.locator(".commune-name").textContent(), POLL).toContain("Xã Sơn Kim 1, Hà Tĩnh");
    await expect.poll(() => layerCount(page, "border-line"), POLL).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/commune-setup-offline.png" });
  }, E2E_TIMEOUT_MS);
});
