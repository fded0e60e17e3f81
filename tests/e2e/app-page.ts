// Page helpers for the end-to-end tests: open the app at a view, wait for the
// first complete map render, and read the sample data the app ships.

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { FeatureCollection, Point } from "geojson";
import { expect, inject } from "vitest";

export const baseUrl = (): string => inject("baseUrl");

export function sampleLayer(layerId: string): FeatureCollection {
  return JSON.parse(readFileSync(`data/vu-quang/${layerId}.geojson`, "utf8")) as FeatureCollection;
}

export function samplePoint(layerId: string, index = 0): { lon: number; lat: number; name: string } {
  const feature = sampleLayer(layerId).features[index];
  const [lon, lat] = (feature.geometry as Point).coordinates;
  return { lon, lat, name: String(feature.properties?.name) };
}

/** The device passphrase every test profile sets on first start (src/app/security). */
export const TEST_PASSPHRASE = "mật khẩu kiểm thử e2e";

const unlockedByTheTest = new WeakSet<Page>();

/** For the device-security tests: this page's set-up and lock screens are left to the test. */
export function leaveLockScreenToTest(page: Page): void {
  unlockedByTheTest.add(page);
}

/**
 * Every start shows a security screen first: the passphrase set-up on a new
 * profile, the lock screen after a reload or in another tab. Sets or types the
 * test passphrase, as the user would; returns once the app is behind it.
 */
export async function passSecurityScreens(page: Page): Promise<void> {
  if (unlockedByTheTest.has(page)) return;
  const setUp = page.getByRole("button", { name: "Đặt mật khẩu" });
  const unlock = page.getByRole("form", { name: "Mở khóa" });
  const app = page.getByRole("complementary", { name: "Bảng điều khiển" });
  await setUp.or(unlock).or(app).first().waitFor({ timeout: 60_000 });
  if (await setUp.isVisible()) {
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel("Nhập lại mật khẩu", { exact: true }).fill(TEST_PASSPHRASE);
    await setUp.click();
  } else if (await unlock.isVisible()) {
    await page.getByLabel("Mật khẩu", { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByRole("button", { name: "Mở khóa", exact: true }).click();
  }
  await app.waitFor({ timeout: 60_000 });
}

/** Opens the app; with a position, through the URL hash (zoom/lat/lon) as a shared link would. */
export async function openApp(page: Page, position?: { zoom: number; lat: number; lon: number }): Promise<void> {
  const hash = position ? `#${position.zoom}/${position.lat}/${position.lon}` : "";
  await page.goto(`${baseUrl()}${hash}`);
  await chooseSampleOnFirstStart(page);
  await waitForMap(page);
}

/**
 * A new browser profile starts at the commune setup: open the sample there (a no-op once a workspace is open).
 * The device's role is chosen there too: `role` (a label of the role chooser), by default "Cấp tỉnh", which may use every tab and action.
 */
export async function chooseSampleOnFirstStart(page: Page, role = "Cấp tỉnh"): Promise<void> {
  await passSecurityScreens(page);
  const sample = page.getByRole("button", { name: "Mở dữ liệu mẫu" });
  const ready = page.locator('[data-testid="map"][data-map-ready="true"]');
  await sample.or(ready).first().waitFor({ timeout: 60_000 });
  if (!(await sample.isVisible())) return;
  // The button is enabled once the device profile has been read: the role chooser is there then if none is stored.
  await expect.poll(() => sample.isEnabled(), { timeout: 60_000, interval: 100 }).toBe(true);
  const roleChoice = page.getByLabel("Vai trò trên thiết bị");
  if (await roleChoice.isVisible()) await roleChoice.selectOption({ label: role });
  await sample.click();
}

export async function waitForMap(page: Page): Promise<void> {
  await passSecurityScreens(page);
  await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
}

/** Clicks the map's centre, or `offset` pixels from it (beside a point already drawn there). */
export async function clickMapCentre(page: Page, offset = { dx: 0, dy: 0 }): Promise<void> {
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + box.width / 2 + offset.dx, box.y + box.height / 2 + offset.dy);
}

export function detailsPanel(page: Page) {
  return page.getByRole("complementary", { name: "Thông tin đối tượng" });
}

export async function importFile(page: Page, name: string, content: unknown): Promise<void> {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  await page.getByLabel("Nhập dữ liệu").setInputFiles({ name, mimeType: "application/geo+json", buffer: Buffer.from(text) });
}

/** Options for `expect.poll`: what the user sees may take a moment (SwiftShader renders slowly). */
export const POLL = { timeout: 15_000, interval: 100 };

/**
 * Clicks the map centre until the attribute panel shows `title`, as a person
 * would click again on a point that has just appeared (rendering is async).
 */
export async function clickMapCentreUntilDetails(page: Page, title: string): Promise<void> {
  const heading = detailsPanel(page).getByRole("heading", { name: title, exact: true });
  const deadline = Date.now() + POLL.timeout;
  while (Date.now() < deadline) {
    await clickMapCentre(page);
    if (await heading.isVisible()) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`the attribute panel never showed "${title}"`);
}

/** Records an incident in "Vụ việc" at the map's centre, as an officer would (optionally with a description, shared with the border station, of a chosen "Mức độ"). */
export async function recordIncident(page: Page, title: string, description?: string, shareWithBorderStation = false, severityLabel?: string): Promise<void> {
  await page.getByRole("tab", { name: "Vụ việc" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Thêm vụ việc" }).isEnabled(), POLL).toBe(true);
  await page.getByRole("button", { name: "Thêm vụ việc" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Đang chờ bấm trên bản đồ…" }).count(), POLL).toBe(1);
  await clickMapCentre(page);
  await expect.poll(() => page.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toMatch(/^18\.\d{6}, 105\.\d{6}$/);
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Trộm cắp tài sản" });
  if (description !== undefined) await page.getByLabel("Mô tả", { exact: true }).fill(description);
  if (severityLabel !== undefined) await page.getByLabel("Mức độ", { exact: true }).selectOption({ label: severityLabel });
  if (shareWithBorderStation) await page.getByLabel("Chia sẻ với Đồn Biên phòng").check();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect.poll(() => page.getByRole("form", { name: /vụ việc/ }).count(), POLL).toBe(0);
}

/** A 2400 × 1800 JPEG drawn by the page, as a camera would give (the app resizes it to 1600 × 1200). */
export async function jpegPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 2400;
    canvas.height = 1800;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#2563eb";
    context.fillRect(0, 0, 2400, 1800);
    context.fillStyle = "#fbbf24";
    context.fillRect(600, 450, 1200, 900);
    return canvas.toDataURL("image/jpeg", 0.9).split(",")[1];
  });
  return Buffer.from(base64, "base64");
}
