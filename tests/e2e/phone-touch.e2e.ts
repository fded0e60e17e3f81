// Drawing and editing with a finger on a phone (390 × 844, touch, scale 2),
// through real touch events (CDP Input.dispatchTouchEvent): a defence zone
// drawn by taps in "Biên tập", a vertex dragged by a finger, another held until
// the vertex menu opens and deleted from it, "Xong" — the stored polygon has
// the vertices the officer left; a drill route drawn by taps and finished with
// the floating "Xong"; the map's floating "Thêm vụ việc" opening the incident
// form full screen with the map-tap and device-position choices. Screenshots of
// each state go to test-results/phone-touch-*.png.

import type { CDPSession, Locator, Page } from "playwright-core";
import type { Polygon, LineString, Position } from "geojson";
import { describe, expect, test } from "vitest";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp } from "./app-page";
import { readStoredRecords } from "./stored-records";

const browserProfiles = guardedBrowserForFile();
/** A whole field session per test; SwiftShader on a shared 2-core machine is slow. */
const E2E_TIMEOUT_MS = 300_000;
/** Near the commune police office of the sample, inside the commune. */
const HERE = { latitude: 18.314, longitude: 105.4735, accuracy: 12 };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, permissions: ["geolocation"], geolocation: HERE };
/** Inside the sample commune, ~3.9 km from its boundary. */
const VIEW = { zoom: 14, lat: 18.3356, lon: 105.4564 };
/** Where the finger lands: the map between the floating tool bar (top) and the sheet's peek (bottom), left of the button column. */
const PENTAGON = [
  { x: 195, y: 300 },
  { x: 300, y: 390 },
  { x: 260, y: 520 },
  { x: 130, y: 520 },
  { x: 90, y: 390 },
];
const SHEET_PEEK = 168;

const sheet = (page: Page) => page.getByRole("complementary", { name: "Bảng điều khiển" });
const sheetHeight = async (page: Page) => (await sheet(page).boundingBox())?.height ?? 0;
const editor = (page: Page) => page.getByRole("region", { name: "Biên tập lớp" });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/phone-touch-${name}.png` });

/** One finger: down, moved in steps, up — the events a phone's touch screen sends. */
class Finger {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page));
  }

  private touch(type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) {
    return this.cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }] });
  }

  async tap(x: number, y: number): Promise<void> {
    await this.touch("touchStart", x, y);
    await this.touch("touchEnd", x, y);
  }

  async drag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 10): Promise<void> {
    await this.touch("touchStart", from.x, from.y);
    for (let step = 1; step <= steps; step++) {
      await this.touch("touchMove", from.x + ((to.x - from.x) * step) / steps, from.y + ((to.y - from.y) * step) / steps);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await this.touch("touchEnd", to.x, to.y);
  }

  async hold(at: { x: number; y: number }, ms: number): Promise<void> {
    await this.touch("touchStart", at.x, at.y);
    await new Promise((resolve) => setTimeout(resolve, ms));
    await this.touch("touchEnd", at.x, at.y);
  }
}

interface StoredFeature {
  layerId: string;
  geometry: Polygon;
  properties: Record<string, unknown>;
  deletedAt: string | null;
  version: number;
}

async function storedZone(page: Page, name: string): Promise<StoredFeature | undefined> {
  const rows = (await readStoredRecords(page, ["workspaceFeatures"])).workspaceFeatures as StoredFeature[];
  return rows.find((row) => row.layerId === "defence-zone" && row.deletedAt === null && row.properties.name === name);
}

const distinctVertices = (polygon: Polygon): Position[] => polygon.coordinates[0].slice(0, -1);

async function expectWithinScreen(locator: Locator, name: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${name} is not shown`);
  expect(box.x, name).toBeGreaterThanOrEqual(0);
  expect(box.y, name).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  expect(box.y + box.height, name).toBeLessThanOrEqual(844);
  return box;
}

describe("touch on a phone", () => {
  test("a defence zone drawn by taps, a vertex dragged by a finger, another deleted from the long-press menu, Xong: stored with four vertices", async () => {
    const session = await browserProfiles.openProfile(PHONE);
    const page = await session.newPage();
    const finger = await Finger.on(page);
    await openApp(page, VIEW);

    await page.getByRole("tab", { name: "Biên tập" }).tap();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Khu vực phòng thủ" });
    await editor(page).getByRole("button", { name: "Thêm vùng" }).tap();

    // The sheet steps down; the tool's help, "Xong" and "Hủy" float at the top of the map.
    const toolBar = editor(page).getByRole("status", { name: "Công cụ vẽ" });
    await expect.poll(() => sheetHeight(page), POLL).toBeLessThan(200);
    const bar = await expectWithinScreen(toolBar, "the drawing tool bar");
    expect(bar.y + bar.height).toBeLessThan(PENTAGON[0].y - 20);
    for (const name of ["Xong", "Hủy"]) expect((await toolBar.getByRole("button", { name }).boundingBox())?.height).toBeGreaterThanOrEqual(44);
    for (const at of PENTAGON) {
      await finger.tap(at.x, at.y);
      await page.waitForTimeout(250);
    }
    await shot(page, "01-polygon-tapped");
    await toolBar.getByRole("button", { name: "Xong" }).tap();

    const form = editor(page).getByRole("form", { name: "Thuộc tính" });
    await expect.poll(() => editor(page).getByText("5 đỉnh").isVisible(), POLL).toBe(true);
    await form.getByLabel("Tên khu vực phòng thủ").fill("Khu vực vẽ bằng tay");
    await form.getByRole("button", { name: "Lưu đối tượng" }).tap();
    await expect.poll(async () => (await storedZone(page, "Khu vực vẽ bằng tay"))?.version, POLL).toBe(1);
    const drawn = (await storedZone(page, "Khu vực vẽ bằng tay"))!;
    expect(distinctVertices(drawn.geometry)).toHaveLength(5);
    // The taps' order on screen: the top vertex is the northernmost, the bottom-right one the south-easternmost.
    const top = distinctVertices(drawn.geometry).reduce((best, vertex) => (vertex[1] > best[1] ? vertex : best));
    const bottomRight = distinctVertices(drawn.geometry).reduce((best, vertex) => (vertex[0] - vertex[1] > best[0] - best[1] ? vertex : best));

    // Reshape by touch: the top vertex dragged 70 px up, the bottom-right one held until its menu opens.
    await form.getByRole("button", { name: "Sửa hình" }).tap();
    await expect.poll(() => sheetHeight(page), POLL).toBeLessThan(200);
    await page.waitForTimeout(800);
    await finger.drag(PENTAGON[0], { x: PENTAGON[0].x, y: PENTAGON[0].y - 70 });
    await page.waitForTimeout(300);
    await shot(page, "02-vertex-dragged");
    await finger.hold(PENTAGON[2], 900);
    const menu = page.getByRole("menu", { name: /^Đỉnh số \d$/ });
    await expect.poll(() => menu.isVisible(), POLL).toBe(true);
    await expectWithinScreen(menu, "the vertex menu");
    for (const name of ["Xóa đỉnh", "Chèn đỉnh sau", "Hủy"]) expect((await menu.getByRole("menuitem", { name }).boundingBox())?.height, name).toBeGreaterThanOrEqual(44);
    // The vertex the menu acts on is ringed where the finger left it.
    const mark = await page.locator(".vertex-menu-mark").boundingBox();
    expect(Math.hypot(mark!.x + mark!.width / 2 - PENTAGON[2].x, mark!.y + mark!.height / 2 - PENTAGON[2].y), "the ring sits on the held vertex").toBeLessThan(12);
    await shot(page, "03-vertex-menu");
    await menu.getByRole("menuitem", { name: "Xóa đỉnh" }).tap();
    await expect.poll(() => menu.count(), POLL).toBe(0);
    expect(await page.locator(".vertex-menu-mark").count(), "the ring goes with the menu").toBe(0);
    await page.waitForTimeout(300);
    await shot(page, "04-vertex-deleted");
    await toolBar.getByRole("button", { name: "Xong" }).tap();

    await expect.poll(async () => (await storedZone(page, "Khu vực vẽ bằng tay"))?.version, POLL).toBe(2);
    await expect.poll(() => editor(page).getByText("Đã lưu hình mới.").isVisible(), POLL).toBe(true);
    await shot(page, "05-reshaped-saved");
    const reshaped = distinctVertices((await storedZone(page, "Khu vực vẽ bằng tay"))!.geometry);
    expect(reshaped).toHaveLength(4);
    expect(reshaped.some((vertex) => vertex[0] === bottomRight[0] && vertex[1] === bottomRight[1])).toBe(false);
    const movedTop = reshaped.reduce((best, vertex) => (vertex[1] > best[1] ? vertex : best));
    // 70 px at zoom 14 and 18.3° N is ~320 m (0.0029° of latitude); the finger moved straight up.
    expect(movedTop[1] - top[1]).toBeGreaterThan(0.0025);
    expect(Math.abs(movedTop[0] - top[0])).toBeLessThan(0.0005);
  }, E2E_TIMEOUT_MS);

  test("a drill route drawn by taps and finished with the floating Xong", async () => {
    const session = await browserProfiles.openProfile(PHONE);
    const page = await session.newPage();
    const finger = await Finger.on(page);
    await openApp(page, VIEW);

    await page.getByRole("tab", { name: "Diễn tập" }).tap();
    await page.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).tap();
    await page.getByLabel("Tên kế hoạch").fill("Diễn tập trên điện thoại");
    await page.getByRole("button", { name: "Lưu kế hoạch" }).tap();
    await page.getByLabel("Tên giai đoạn").fill("Cơ động");
    await page.getByLabel("Phút so với giờ H").fill("0");
    await page.getByRole("button", { name: "Thêm giai đoạn" }).tap();
    await page.getByLabel("Loại yếu tố").selectOption("route");
    await page.getByLabel("Tên yếu tố").fill("Tuyến cơ động bằng tay");
    await page.getByRole("button", { name: "Vẽ trên bản đồ" }).tap();

    const toolBar = page.getByRole("status", { name: "Công cụ vẽ" });
    await expect.poll(() => sheetHeight(page), POLL).toBeLessThan(200);
    await expect.poll(() => toolBar.textContent(), POLL).toContain("Đang vẽ tuyến cơ động");
    await expectWithinScreen(toolBar, "the drawing tool bar");
    for (const at of [PENTAGON[4], PENTAGON[0], PENTAGON[1]]) {
      await finger.tap(at.x, at.y);
      await page.waitForTimeout(250);
    }
    await shot(page, "06-drill-route-tapped");
    await toolBar.getByRole("button", { name: "Xong" }).tap();
    await expect.poll(() => page.getByText("Đã thêm “Tuyến cơ động bằng tay”.").isVisible(), POLL).toBe(true);
    await shot(page, "07-drill-route-added");
    const drills = (await readStoredRecords(page, ["drills"])).drills as { elements: { name: string; geometry: LineString }[] }[];
    expect(drills).toHaveLength(1);
    expect(drills[0].elements.map((element) => [element.name, element.geometry.type, element.geometry.coordinates.length])).toEqual([["Tuyến cơ động bằng tay", "LineString", 3]]);
  }, E2E_TIMEOUT_MS);

  test("the map's floating Thêm vụ việc, under the thumb, opens the form full screen with map tap and device position", async () => {
    const session = await browserProfiles.openProfile(PHONE);
    const page = await session.newPage();
    const finger = await Finger.on(page);
    await openApp(page, VIEW);

    // Bottom-right above the sheet's peek, where a right thumb rests, with "Vị trí của tôi" above it.
    const add = page.locator(".map-overlay-controls").getByRole("button", { name: "Thêm vụ việc" });
    await expect.poll(() => add.isVisible(), POLL).toBe(true);
    const box = await expectWithinScreen(add, "the floating Thêm vụ việc");
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width / 2).toBeGreaterThan(195);
    expect(box.y + box.height).toBeLessThanOrEqual(844 - SHEET_PEEK);
    expect(box.y).toBeGreaterThan(844 / 2);
    const myLocation = await page.getByRole("button", { name: "Vị trí của tôi" }).boundingBox();
    expect(myLocation && myLocation.y + myLocation.height).toBeLessThanOrEqual(box.y);
    await shot(page, "08-floating-add-incident");

    await add.tap();
    const form = page.getByRole("form", { name: "Thêm vụ việc mới" });
    await expect.poll(() => sheetHeight(page), POLL).toBe(844);
    await expect.poll(() => form.isVisible(), POLL).toBe(true);
    const pick = form.getByRole("button", { name: "Chọn trên bản đồ" });
    const here = form.getByRole("button", { name: "Lấy vị trí hiện tại" });
    await expectWithinScreen(pick, "Chọn trên bản đồ");
    await expectWithinScreen(here, "Lấy vị trí hiện tại");
    expect(await add.count()).toBe(0);
    await shot(page, "09-incident-form-full");

    // The device position…
    await here.tap();
    await expect.poll(() => form.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toBe("18.314000, 105.473500");
    // …or a tap on the map: the sheet steps aside, then comes back full.
    await pick.tap();
    await expect.poll(() => sheetHeight(page), POLL).toBeLessThan(200);
    await shot(page, "10-incident-picking");
    await finger.tap(195, 400);
    await expect.poll(() => sheetHeight(page), POLL).toBe(844);
    await expect.poll(() => form.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toMatch(/^18\.\d{6}, 105\.\d{6}$/);
    expect(await form.getByLabel("Tọa độ", { exact: true }).inputValue()).not.toBe("18.314000, 105.473500");
    await shot(page, "11-incident-placed");
  }, E2E_TIMEOUT_MS);
});
