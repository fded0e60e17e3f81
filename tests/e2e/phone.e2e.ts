// The app on a phone (390 × 844, touch, scale 2) and a tablet, as a field
// officer holds it: the map fills the screen, the panels are a bottom sheet
// with the tabs as a bottom bar, a tap selects with a finger's tolerance, a
// form opens full screen and survives rotation; and the app is installable by
// Chromium's own check. Screenshots of every state go to /tmp/phone-shots/.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH, guardedBrowserForFile, isLocal } from "./browser-session";
import { POLL, detailsPanel, openApp, samplePoint } from "./app-page";

const browserProfiles = guardedBrowserForFile();
const SHOTS = "/tmp/phone-shots";
/** A whole field session per test; SwiftShader on a shared 2-core machine is slow. */
const E2E_TIMEOUT_MS = 300_000;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
mkdirSync(SHOTS, { recursive: true });

const sheet = (page: Page) => page.getByRole("complementary", { name: "Bảng điều khiển" });
const heightOf = async (page: Page) => (await sheet(page).boundingBox())?.height ?? 0;

async function tapAt(page: Page, x: number, y: number): Promise<void> {
  await page.touchscreen.tap(x, y);
}

describe("on a phone", () => {
  test("the map fills the screen; layers, a tapped feature and a full-screen form that survives rotation", async () => {
    const session = await browserProfiles.openProfile(PHONE);
    const page = await session.newPage();
    const station = samplePoint("border-station");
    await openApp(page, { zoom: 14, lat: station.lat, lon: station.lon });

    // The map is the whole screen; the sheet is down at its peek, the tabs a bottom bar.
    expect(await page.getByTestId("map").boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await expect.poll(() => heightOf(page), POLL).toBeLessThan(200);
    const bar = await page.getByRole("tablist", { name: "Chức năng" }).boundingBox();
    expect(bar && bar.y + bar.height).toBeCloseTo(844, 0);
    // The peek says which commune is open: its name lies between the sheet's top and the tab bar.
    const sheet = (await page.getByRole("complementary", { name: "Bảng điều khiển" }).boundingBox())!;
    const commune = (await page.locator(".commune-name").boundingBox())!;
    expect(commune.y, "the commune name below the sheet's top").toBeGreaterThanOrEqual(sheet.y);
    expect(commune.y + commune.height, "the commune name above the tab bar").toBeLessThanOrEqual(bar!.y);
    await page.screenshot({ path: `${SHOTS}/01-phone-peek.png` });

    // A finger lands 14 px beside the station: it is still the station (a mouse would need 6 px).
    await tapAt(page, 195 + 14, 422 - 10);
    const heading = detailsPanel(page).getByRole("heading", { name: station.name, exact: true });
    await expect.poll(() => heading.isVisible(), POLL).toBe(true);
    const card = await detailsPanel(page).boundingBox();
    expect(card && card.y + card.height).toBeLessThanOrEqual(844 - 168);
    await page.screenshot({ path: `${SHOTS}/02-phone-feature-details.png` });
    await page.getByRole("button", { name: "Đóng thông tin đối tượng" }).tap();

    // The layer sheet, from the bottom bar.
    await page.getByRole("tab", { name: "Lớp bản đồ" }).tap();
    await expect.poll(() => heightOf(page), POLL).toBeGreaterThan(400);
    const toggle = page.getByRole("checkbox", { name: "Đồn Biên phòng", exact: true });
    await expect.poll(() => toggle.isVisible(), POLL).toBe(true);
    const toggleRow = await toggle.locator("xpath=ancestor::li[1]").boundingBox();
    expect(toggleRow?.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${SHOTS}/03-phone-layers-half.png` });

    // "Thêm vụ việc": the sheet steps aside while the map waits for the tap that places it.
    await page.getByRole("tab", { name: "Vụ việc" }).tap();
    const add = page.getByRole("button", { name: "Thêm vụ việc" });
    await expect.poll(() => add.isEnabled(), POLL).toBe(true);
    await add.tap();
    await expect.poll(() => heightOf(page), POLL).toBeLessThan(200);
    await page.screenshot({ path: `${SHOTS}/04-phone-picking-place.png` });
    await tapAt(page, 195, 300);
    await expect.poll(() => page.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toMatch(/^\d+\.\d{6}, \d+\.\d{6}$/);

    // Typing opens the form full screen, with large fields.
    const title = page.getByLabel("Tiêu đề", { exact: true });
    await title.tap();
    await title.fill("Mất trộm xe máy ở chợ");
    await expect.poll(() => heightOf(page), POLL).toBe(844);
    expect((await title.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${SHOTS}/05-phone-form-full.png` });

    // Rotation (landscape and back): the typed text is still there.
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(async () => (await page.getByTestId("map").boundingBox())?.width ?? 0, POLL).toBeLessThan(844);
    await page.screenshot({ path: `${SHOTS}/06-phone-landscape.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => title.inputValue(), POLL).toBe("Mất trộm xe máy ở chợ");
    await page.screenshot({ path: `${SHOTS}/07-phone-portrait-again.png` });

    // The handle's buttons step the sheet down.
    await page.getByRole("button", { name: "Thu nhỏ bảng" }).tap();
    await expect.poll(() => heightOf(page), POLL).toBeLessThan(844 * 0.6);
    await page.getByRole("button", { name: "Thu nhỏ bảng" }).tap();
    await expect.poll(() => heightOf(page), POLL).toBeLessThan(200);

    // Dragged up by its handle 300 px from the peek, the sheet snaps to half.
    const grip = await page.locator(".sheet-grip").boundingBox();
    if (!grip) throw new Error("the sheet has no handle");
    const [x, y] = [grip.x + grip.width / 2, grip.y + grip.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(x, y - step * 50);
    await page.mouse.up();
    await expect.poll(() => heightOf(page), POLL).toBeGreaterThan(844 * 0.5);
    expect(await heightOf(page)).toBeLessThan(844 * 0.6);
  }, E2E_TIMEOUT_MS);

  test("a tablet shows the side panel beside the map, and it collapses", async () => {
    const session = await browserProfiles.openProfile(TABLET);
    const page = await session.newPage();
    await openApp(page);
    // The commune is shown whole (the map, started before the panels, must not keep the country view).
    await expect.poll(() => Number(new URL(page.url()).hash.slice(1).split("/")[0]), POLL).toBeGreaterThan(9);
    const panel = await sheet(page).boundingBox();
    expect(panel).toMatchObject({ x: 0, width: 340 });
    expect((await page.getByTestId("map").boundingBox())?.x).toBe(340);
    await page.screenshot({ path: `${SHOTS}/08-tablet.png` });

    await page.getByRole("button", { name: "Thu gọn bảng điều khiển" }).tap();
    await expect.poll(async () => (await page.getByTestId("map").boundingBox())?.width, POLL).toBe(820);
    await page.screenshot({ path: `${SHOTS}/09-tablet-collapsed.png` });
    await page.getByRole("button", { name: "Mở bảng điều khiển" }).tap();
    await expect.poll(async () => (await page.getByTestId("map").boundingBox())?.x, POLL).toBe(340);
  }, E2E_TIMEOUT_MS);

  test("is installable: Chromium's own check finds nothing missing", async () => {
    // A profile on disk: Chromium never offers to install from an incognito profile (the guarded contexts are).
    const profileDir = mkdtempSync(join(tmpdir(), "phone-install-"));
    const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, locale: "vi-VN", ...PHONE });
    const external: string[] = [];
    await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : (external.push(route.request().url()), route.abort())));
    try {
      const page = await context.newPage();
      await openApp(page);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
      const parsed = JSON.parse(manifest.data ?? "{}") as { name: string; short_name: string; display: string; icons: { sizes: string; purpose: string }[] };
      expect(parsed).toMatchObject({ name: "Bản đồ số quốc phòng – an ninh cấp xã", short_name: "Bản đồ QP-AN xã", display: "standalone" });
      expect(parsed.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
      expect(external).toEqual([]);
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT_MS);
});
