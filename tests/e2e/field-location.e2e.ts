// In the field on a phone (390 × 844, touch, device scale 2, GPS emulated):
// "Vị trí của tôi" shows the device position and follows it until the map is
// panned by hand; a coarse fix is refused unless confirmed; an incident is added at the
// current position with a photo from the camera (a file chooser stands in for
// it) and both keep that position, as do a new militia post and a marker
// inspection with its photo; a patrol track is recorded live from a
// scripted walk past two sample border markers — both ticked — survives a
// reload mid-way, continues and is saved as a patrol. A refused permission
// is explained in Vietnamese. UI is reached by accessible names only: the
// phone layout is built separately.

import { describe, expect, test } from "vitest";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, chooseSampleOnFirstStart, jpegPhoto, openApp, samplePoint, waitForMap } from "./app-page";
import { readStores } from "./drill-test-helpers";

// Two profiles, a reload and ~40 scripted GPS fixes on SwiftShader (2 shared cores).
const E2E_TIMEOUT_MS = 300_000;

const browserProfiles = guardedBrowserForFile();

// Near the commune police office of the sample (six decimals: what the "Tọa độ" field keeps).
const HERE = { latitude: 18.314, longitude: 105.4735, accuracy: 12 };

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  permissions: ["geolocation"],
  geolocation: HERE,
};

async function openPhone(options: BrowserContextOptions = PHONE, view = { zoom: 13, lat: HERE.latitude, lon: HERE.longitude }): Promise<{ page: Page; context: BrowserContext }> {
  const session = await browserProfiles.openProfile(options);
  const page = await session.newPage();
  await openApp(page, view);
  return { page, context: session.context };
}

/** Positions every `stepMetres` along the straight line from `from` to `to` (both included). */
function walk(from: { lon: number; lat: number }, to: { lon: number; lat: number }, stepMetres: number): { lon: number; lat: number }[] {
  const metresPerDegreeLat = 110_700;
  const metresPerDegreeLon = 111_320 * Math.cos((from.lat * Math.PI) / 180);
  const length = Math.hypot((to.lon - from.lon) * metresPerDegreeLon, (to.lat - from.lat) * metresPerDegreeLat);
  const steps = Math.ceil(length / stepMetres);
  return Array.from({ length: steps + 1 }, (_, k) => ({ lon: from.lon + ((to.lon - from.lon) * k) / steps, lat: from.lat + ((to.lat - from.lat) * k) / steps }));
}

const figures = (page: Page) => page.getByTestId("live-track-figures");
const pointCount = async (page: Page) => Number(/([\d.]+) điểm/.exec((await figures(page).textContent()) ?? "")?.[1]?.replace(/\./g, "") ?? -1);

const distanceShownKm = async (page: Page) => {
  const [, value, unit] = /Quãng đường: ([\d.,]+) (k?m)/.exec((await figures(page).textContent()) ?? "") ?? [];
  const number = Number(value?.replace(/\./g, "").replace(",", "."));
  return unit === "km" ? number : number / 1000;
};

/** Metres between two consecutive positions of a walk (equirectangular: the walk's own scale). */
function stepLength(path: { lon: number; lat: number }[]): number {
  const [a, b] = path;
  return Math.hypot((b.lon - a.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180), (b.lat - a.lat) * 110_700);
}

/** Moves the emulated device along `positions`, waiting for each fix to be recorded as a person walking would. */
async function walkThrough(page: Page, context: BrowserContext, positions: { lon: number; lat: number }[]): Promise<void> {
  for (const position of positions) {
    const before = await pointCount(page);
    await context.setGeolocation({ latitude: position.lat, longitude: position.lon, accuracy: 25 });
    await expect.poll(() => pointCount(page), POLL).toBe(before + 1);
  }
}

describe("in the field on a phone", () => {
  test("Vị trí của tôi shows the position; an incident takes it, with a camera photo stamped with it", async () => {
    const { page, context } = await openPhone();

    const myLocation = page.getByRole("button", { name: "Vị trí của tôi" });
    await myLocation.click();
    await expect.poll(() => page.getByTestId("my-location-status").textContent(), POLL).toBe("18.314000, 105.473500 · sai số 12 m · đang theo dõi");
    await page.screenshot({ path: "test-results/field-my-location.png" });
    // Panning by hand stops following; the position stays shown; a press follows again.
    const box = (await page.getByTestId("map").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 50);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 50, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId("my-location-status").textContent(), POLL).toBe("18.314000, 105.473500 · sai số 12 m");
    await page.getByRole("button", { name: "Vị trí của tôi" }).click();
    await expect.poll(() => page.getByTestId("my-location-status").textContent(), POLL).toContain("đang theo dõi");
    // Pressed while following: the position is hidden and the GPS is let go.
    await page.getByRole("button", { name: /Vị trí của tôi \(đang theo dõi/ }).click();
    await expect.poll(() => page.getByTestId("my-location-status").count(), POLL).toBe(0);

    await page.getByRole("tab", { name: "Vụ việc" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Thêm vụ việc" }).isEnabled(), POLL).toBe(true);
    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    const coordinates = page.getByLabel("Tọa độ", { exact: true });
    // A coarse fix (120 m, e.g. under the forest canopy) is refused against the 50 m threshold, unless confirmed.
    await context.setGeolocation({ latitude: 18.3145, longitude: HERE.longitude, accuracy: 120 });
    await page.getByRole("button", { name: "Lấy vị trí hiện tại" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Vị trí chưa đủ chính xác" });
    await expect.poll(() => refusal.textContent(), POLL).toContain("sai số khoảng 120 m, lớn hơn mức cho phép 50 m");
    expect(await coordinates.inputValue()).toBe("");
    await page.screenshot({ path: "test-results/field-position-refused.png" });
    await page.getByRole("button", { name: "Vẫn dùng vị trí này" }).click();
    await expect.poll(() => coordinates.inputValue(), POLL).toBe("18.314500, 105.473500");
    // Out in the open the fix is good: taken at once.
    await context.setGeolocation(HERE);
    await page.getByRole("button", { name: "Lấy vị trí hiện tại" }).click();
    await expect.poll(() => coordinates.inputValue(), POLL).toBe("18.314000, 105.473500");
    await expect.poll(() => page.getByText("Đã lấy vị trí hiện tại, sai số khoảng 12 m.").isVisible(), POLL).toBe(true);
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Va chạm giao thông trước trụ sở");
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Tai nạn giao thông" });

    // "Chụp ảnh" opens the camera on a phone; here the file chooser stands in for it.
    const chooser = page.waitForEvent("filechooser");
    await page.getByText("Chụp ảnh", { exact: true }).click();
    const camera = await chooser;
    expect(await camera.element().getAttribute("capture")).toBe("environment");
    expect(await camera.element().getAttribute("accept")).toBe("image/*");
    await camera.setFiles({ name: "hien-truong.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(page) });
    await expect.poll(() => page.getByRole("list", { name: "Ảnh sẽ lưu" }).textContent(), POLL).toContain("1600×1200");
    await page.getByText("Chụp ảnh", { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/field-incident-form.png" });
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect.poll(() => page.getByRole("form", { name: /vụ việc/ }).count(), POLL).toBe(0);

    const stored = await readStores(page, ["incidents", "incidentAttachments"]);
    expect(stored.incidents).toEqual([expect.objectContaining({ title: "Va chạm giao thông trước trụ sở", lon: HERE.longitude, lat: HERE.latitude })]);
    const [photo] = stored.incidentAttachments as { capture?: { capturedAt: string; position: unknown } }[];
    expect(photo.capture?.position).toEqual({ lon: HERE.longitude, lat: HERE.latitude, accuracyMetres: 12 });
    expect(Date.now() - Date.parse(photo.capture?.capturedAt ?? "")).toBeLessThan(10 * 60_000);
  }, E2E_TIMEOUT_MS);

  test("a patrol track recorded live ticks the two markers it passed, survives a reload and is saved as a patrol", async () => {
    const first = samplePoint("border-marker", 3);
    const second = samplePoint("border-marker", 4);
    expect([first.name, second.name]).toEqual(["Cột mốc 487 (mẫu)", "Cột mốc 488 (mẫu)"]);
    const start = { lon: first.lon - 0.0008, lat: first.lat };
    const { page, context } = await openPhone({ ...PHONE, geolocation: { latitude: start.lat, longitude: start.lon, accuracy: 25 } }, { zoom: 14, lat: first.lat, lon: first.lon });
    // Steps of 45 m with 25 m accuracy: each fix is plausible whatever the time between two of them.
    const path = walk(start, { lon: second.lon + 0.0008, lat: second.lat }, 45);
    const half = Math.floor(path.length / 2);

    await page.getByRole("tab", { name: "Biên giới" }).click();
    await page.getByLabel("Thành phần phía xã").fill("Tổ tự quản đường biên, cột mốc thôn Bản Giàng");
    await page.getByRole("button", { name: "Bắt đầu ghi hành trình" }).click();
    await expect.poll(() => pointCount(page), POLL).toBe(1);
    await walkThrough(page, context, path.slice(1, half));
    await expect.poll(() => page.getByRole("checkbox", { name: /^Cột mốc 487 \(theo GPS/ }).isChecked(), POLL).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Cột mốc 488/ }).isChecked()).toBe(false);
    // Ellipsoidal length of what was walked, as shown (vi-VN: "1,16 km").
    const walkedSoFar = await distanceShownKm(page);
    expect(walkedSoFar).toBeGreaterThan((half - 1) * stepLength(path) * 0.99 / 1000);
    expect(walkedSoFar).toBeLessThan((half - 1) * stepLength(path) * 1.01 / 1000);
    await figures(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/field-track-recording.png" });

    // The page is reloaded (or closed and opened) mid-way: the track so far is there and can continue.
    await page.reload();
    await chooseSampleOnFirstStart(page);
    await waitForMap(page);
    await page.getByRole("tab", { name: "Biên giới" }).click();
    await expect.poll(() => page.getByTestId("live-track-state").textContent(), POLL).toContain("Có hành trình ghi dở");
    await expect.poll(() => pointCount(page), POLL).toBe(half);
    await figures(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/field-track-after-reload.png" });
    await page.getByRole("button", { name: "Tiếp tục ghi" }).click();
    await expect.poll(() => page.getByTestId("live-track-state").textContent(), POLL).toContain("Đang ghi hành trình");
    await walkThrough(page, context, path.slice(half));
    await expect.poll(() => page.getByRole("checkbox", { name: /^Cột mốc 488 \(theo GPS/ }).isChecked(), POLL).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Cột mốc 487 \(theo GPS/ }).isChecked()).toBe(true);
    // No distance is counted across the reload gap (the first fix after it is where the walk stopped).
    const walked = await distanceShownKm(page);
    expect(walked).toBeGreaterThan((path.length - 2) * stepLength(path) * 0.99 / 1000);
    expect(walked).toBeLessThan((path.length - 2) * stepLength(path) * 1.01 / 1000);

    await page.getByLabel("Thành phần phía xã").fill("Tổ tự quản đường biên, cột mốc thôn Bản Giàng");
    await page.getByRole("button", { name: "Kết thúc", exact: true }).click();
    await expect.poll(() => page.getByText(/Đã lưu nhật ký tuần tra ngày .* \(2 cột mốc đã kiểm tra\)/).isVisible(), POLL).toBe(true);
    const patrols = page.getByRole("list", { name: "Các lần tuần tra đã ghi" });
    await expect.poll(() => patrols.textContent(), POLL).toContain("2 mốc (2 theo GPS)");
    expect(await page.getByRole("button", { name: "Bắt đầu ghi hành trình" }).isVisible()).toBe(true);
    const stored = await readStores(page, ["patrols", "trackRecordings", "trackPoints"]);
    expect(stored.trackRecordings).toEqual([]);
    expect(stored.trackPoints).toEqual([]);
    const [patrol] = stored.patrols as { track: { type: string; coordinates: number[][][] }; checkedMarkerIds: string[] }[];
    expect(patrol.checkedMarkerIds.sort()).toEqual(["border-marker-487", "border-marker-488"]);
    // Two segments: before and after the reload, no line drawn across the gap.
    expect(patrol.track.type).toBe("MultiLineString");
    expect(patrol.track.coordinates.map((segment) => segment.length)).toEqual([half, path.length - half]);
    await patrols.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/field-track-saved.png" });
  }, E2E_TIMEOUT_MS);

  test("a new militia post and a marker inspection take the current position; the inspection photo is stamped with it", async () => {
    const { page, context } = await openPhone();

    const editor = page.getByRole("region", { name: "Biên tập lớp" });
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor.getByLabel("Lớp cần biên tập").selectOption({ label: "Chốt dân quân" });
    await editor.getByRole("button", { name: "Thêm điểm" }).click();
    await editor.getByRole("button", { name: "Lấy vị trí hiện tại" }).click();
    const form = editor.getByRole("form", { name: "Thuộc tính" });
    await form.getByLabel("Tên chốt").fill("Chốt đặt theo GPS");
    await form.getByLabel("Đơn vị").fill("Tiểu đội dân quân thôn Trung Tâm");
    await form.getByLabel("Quân số (người)").fill("6");
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    await expect.poll(() => editor.getByRole("status").filter({ hasText: "Đã thêm" }).first().textContent(), POLL).toContain("Chốt đặt theo GPS");
    const features = (await readStores(page, ["workspaceFeatures"])).workspaceFeatures as { properties: { name?: string }; geometry: unknown }[];
    expect(features.find((record) => record.properties.name === "Chốt đặt theo GPS")?.geometry).toEqual({ type: "Point", coordinates: [HERE.longitude, HERE.latitude] });

    await page.getByRole("tab", { name: "Biên giới" }).click();
    await page.getByRole("button", { name: "Ghi kiểm tra Cột mốc 487" }).click();
    const inspection = page.getByRole("form", { name: "Kiểm tra Cột mốc 487" });
    await inspection.getByLabel("Người kiểm tra").fill("Trần Văn Bình");
    // A new fix at the marker (the emulated one was set when the profile opened: too old to stamp a photo with).
    await context.setGeolocation(HERE);
    await inspection.getByRole("button", { name: "Lấy vị trí hiện tại" }).click();
    await expect.poll(() => inspection.getByTestId("inspection-position").textContent(), POLL).toBe("18.314000, 105.473500 (sai số 12 m)");
    const chooser = page.waitForEvent("filechooser");
    await inspection.getByText("Chụp ảnh", { exact: true }).click();
    await (await chooser).setFiles({ name: "moc-487.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(page) });
    await expect.poll(() => inspection.getByRole("list", { name: "Ảnh sẽ lưu" }).textContent(), POLL).toContain("moc-487.jpg");
    await inspection.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/field-inspection-form.png" });
    await inspection.getByRole("button", { name: "Lưu kiểm tra" }).click();
    await expect.poll(() => page.getByRole("form", { name: "Kiểm tra Cột mốc 487" }).count(), POLL).toBe(0);
    const stored = await readStores(page, ["markerInspections", "markerAttachments"]);
    expect(stored.markerInspections).toEqual([expect.objectContaining({ inspector: "Trần Văn Bình", position: { lon: HERE.longitude, lat: HERE.latitude, accuracyMetres: 12 } })]);
    expect(stored.markerAttachments).toEqual([expect.objectContaining({ fileName: "moc-487.jpg", capture: expect.objectContaining({ position: { lon: HERE.longitude, lat: HERE.latitude, accuracyMetres: 12 } }) })]);
  }, E2E_TIMEOUT_MS);

  test("a refused location permission is explained in Vietnamese", async () => {
    const { page } = await openPhone({ ...PHONE, permissions: [] });
    await page.getByRole("button", { name: "Vị trí của tôi" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Chưa được phép dùng vị trí" }).isVisible(), POLL).toBe(true);
    await page.screenshot({ path: "test-results/field-location-refused.png" });
  }, E2E_TIMEOUT_MS);
});
