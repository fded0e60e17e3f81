// Border coordination: a patrol logged from a GPX file ticks the markers its
// track passed and clears their overdue highlight; an exchange package
// exported from one browser profile and imported into a fresh one gives the
// same records; a tampered package changes nothing.

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, jpegPhoto, openApp } from "./app-page";
import { downloadTo, readStores } from "./drill-test-helpers";

// Drawing, printing and two browser profiles on SwiftShader (2 shared cores) take a while.
const E2E_TIMEOUT_MS = 300_000;

const browserProfiles = guardedBrowserForFile();

async function openProfile(): Promise<Page> {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await openApp(page, { zoom: 13, lat: 18.25, lon: 105.29 });
  return page;
}

const STORES = ["drills", "markerInspections", "patrols", "markerAttachments"];

async function logPatrolFromGpx(page: Page) {
  await page.getByRole("tab", { name: "Biên giới" }).click();
  await page.getByLabel("Thành phần phía xã").fill("Tiểu đội dân quân thôn Ngàn Trươi");
  await page.getByLabel("Thành phần Đồn Biên phòng").fill("Đồn Biên phòng Hương Quang");
  await page.getByLabel("Tệp GPX hành trình tuần tra").setInputFiles("tests/fixtures/gpx/patrol-track-484-486.gpx");
  await expect.poll(() => page.getByTestId("patrol-track-status").textContent(), POLL).toContain("đi qua 3 cột mốc trong phạm vi 100 m: 484, 485, 486");
}

describe("border coordination", () => {
  test("a patrol's GPX track ticks the markers it passed; their overdue highlight clears", async () => {
    const page = await openProfile();
    await page.getByRole("tab", { name: "Biên giới" }).click();
    // The sample's inspections are from early 2026; with a 30-day interval they are all overdue now.
    const summary = page.getByTestId("overdue-summary");
    await expect.poll(() => summary.textContent(), POLL).toMatch(/^\d+ cột mốc quá hạn kiểm tra$/);
    const before = Number((await summary.textContent())?.split(" ")[0]);
    await expect.poll(() => page.getByTestId("marker-row-border-marker-485").getAttribute("class"), POLL).toBe("overdue");

    await page.getByLabel("Tệp GPX hành trình tuần tra").setInputFiles("tests/fixtures/gpx/waypoints-only.gpx");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "không có hành trình" }).isVisible(), POLL).toBe(true);

    await logPatrolFromGpx(page);
    for (const number of [484, 485, 486]) expect(await page.getByRole("checkbox", { name: new RegExp(`^Cột mốc ${number} \\(theo GPS`) }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Cột mốc 487", exact: true }).isChecked()).toBe(false);
    await page.screenshot({ path: "test-results/border-patrol-track.png" });
    await page.getByRole("button", { name: "Lưu nhật ký tuần tra" }).click();
    await expect.poll(() => page.getByText(/Đã lưu nhật ký tuần tra ngày .* \(3 cột mốc đã kiểm tra\)/).isVisible(), POLL).toBe(true);
    const after = Number((await summary.textContent())?.split(" ")[0]);
    expect(after).toBe(before - [484, 485, 486].length);
    expect(await page.getByTestId("marker-row-border-marker-485").getAttribute("class")).toBe("");
    expect(await page.getByTestId("marker-row-border-marker-485").textContent()).toContain("Tuần tra: Tiểu đội dân quân thôn Ngàn Trươi");
    await page.screenshot({ path: "test-results/border-register.png", fullPage: true });
  }, E2E_TIMEOUT_MS);

  test("export a package, import it into a fresh browser profile: same data; a tampered copy changes nothing", async () => {
    const sender = await openProfile();
    // A drill plan, an inspection with a photo, and a patrol.
    await sender.getByRole("tab", { name: "Diễn tập" }).click();
    await sender.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).click();
    await sender.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await sender.getByLabel("Tên giai đoạn").fill("Báo động");
    await sender.getByRole("button", { name: "Thêm giai đoạn" }).click();
    await expect.poll(() => sender.getByText("— Báo động").isVisible(), POLL).toBe(true);
    await sender.getByRole("tab", { name: "Biên giới" }).click();
    await sender.getByRole("button", { name: "Ghi kiểm tra Cột mốc 490" }).click();
    await sender.getByLabel("Người kiểm tra").fill("Thượng úy Nguyễn Văn Hùng");
    await sender.getByLabel("Tình trạng").selectOption("bi-che-lap");
    await sender.getByLabel("Ảnh chụp cột mốc").setInputFiles({ name: "moc-490.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(sender) });
    // Resized like an incident photo (2400 × 1800 from the camera), so it can travel to the provincial server.
    await expect.poll(() => sender.getByRole("list", { name: "Ảnh sẽ lưu" }).textContent(), POLL).toContain("moc-490.jpg (1600×1200");
    await sender.getByRole("button", { name: "Lưu kiểm tra" }).click();
    await expect.poll(() => sender.getByTestId("marker-row-border-marker-490").textContent(), POLL).toContain("Thượng úy Nguyễn Văn Hùng");
    await logPatrolFromGpx(sender);
    await sender.getByRole("button", { name: "Lưu nhật ký tuần tra" }).click();
    await expect.poll(() => sender.getByText(/Đã lưu nhật ký tuần tra/).isVisible(), POLL).toBe(true);

    await sender.getByLabel("Người lập gói").fill("Nguyễn Văn A");
    const zipPath = "test-results/goi-trao-doi.zip";
    await downloadTo(sender, () => sender.getByRole("button", { name: "Xuất gói dữ liệu" }).click(), zipPath);
    await expect.poll(() => sender.getByTestId("exchange-status").textContent(), POLL).toContain("1 kế hoạch, 1 lượt kiểm tra mốc, 1 lần tuần tra, 1 ảnh");
    const sent = await readStores(sender, STORES);
    const entries = unzipSync(readFileSync(zipPath));
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]));
    expect(manifest.createdBy.name).toBe("Nguyễn Văn A");
    expect(manifest.files.every((file: { sha256: string }) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(true);

    const receiver = await openProfile();
    expect(await readStores(receiver, STORES)).toEqual({ drills: [], markerInspections: [], patrols: [], markerAttachments: [] });

    // A copy with one record changed after export: refused, nothing stored.
    const tampered = strFromU8(entries["records/patrols.json"]).replace("Đồn Biên phòng Hương Quang", "Đồn Biên phòng khác");
    writeFileSync("test-results/goi-bi-sua.zip", zipSync({ ...entries, "records/patrols.json": strToU8(tampered) }));
    await receiver.getByLabel("Nhập dữ liệu").setInputFiles("test-results/goi-bi-sua.zip");
    const refusal = receiver.getByRole("alert").filter({ hasText: "SHA-256" });
    await expect.poll(() => refusal.isVisible(), POLL).toBe(true);
    expect(await refusal.textContent()).toContain("Chưa có dữ liệu nào được thay đổi");
    expect(await readStores(receiver, STORES)).toEqual({ drills: [], markerInspections: [], patrols: [], markerAttachments: [] });

    await receiver.getByLabel("Nhập dữ liệu").setInputFiles(zipPath);
    const report = receiver.getByRole("status").filter({ hasText: "Đã nhập gói" });
    await expect.poll(() => report.isVisible(), POLL).toBe(true);
    expect(await report.textContent()).toContain("Kế hoạch diễn tập: 1 mới");
    expect(await readStores(receiver, STORES)).toEqual(sent);

    await receiver.getByRole("tab", { name: "Biên giới" }).click();
    await expect.poll(() => receiver.getByTestId("marker-row-border-marker-490").textContent(), POLL).toContain("Thượng úy Nguyễn Văn Hùng");
    await expect.poll(() => receiver.getByTestId("marker-row-border-marker-485").getAttribute("class"), POLL).toBe("");
    await receiver.screenshot({ path: "test-results/border-package-imported.png" });
  }, E2E_TIMEOUT_MS);
});
