// The "Phân tích" tab as an officer uses it: militia coverage with its share
// of the commune (the same figure the geo module computes), a next-post
// suggestion, export as CSV, cancel; distances; the border belt; defence-land
// protection; and the measure tool on the map. Nothing leaves localhost.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, sampleLayer } from "./app-page";

const SLOW = { timeout: 60_000, interval: 200 };

const browserProfiles = guardedBrowserForFile();
async function openAnalysis(): Promise<Page> {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await openApp(page, { zoom: 10.5, lat: 18.3, lon: 105.44 });
  await page.getByRole("tab", { name: "Phân tích" }).click();
  return page;
}

const section = (page: Page, title: string) => page.getByRole("region", { name: title });

// A cold Chromium, the sample opened on a fresh profile and SwiftShader: the first test of the file takes longest.
const E2E_TIMEOUT_MS = 300_000;

describe("Phân tích", () => {
  test("militia coverage: the commune share, what is left out, a suggested post, CSV export", async () => {
    const page = await openAnalysis();
    const coverage = section(page, "Vùng phủ chốt dân quân");
    await coverage.getByRole("button", { name: "Tính vùng phủ" }).click();
    const percent = coverage.getByTestId("coverage-percent");
    await expect.poll(() => percent.isVisible(), SLOW).toBe(true);

    const expected = analyseCoverage({
      posts: sampleLayer("militia-post").features,
      area: sampleLayer("commune").features,
      mode: { kind: "radius", radiusMetres: 1_000, usePostAttribute: false },
    }).coveredPercent;
    expect(await percent.textContent()).toBe(`${expected.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`);
    await expect.poll(() => coverage.getByRole("list", { name: "Đề xuất vị trí chốt tiếp theo" }).textContent(), POLL).toMatch(/Đề xuất chốt 1: .*phủ thêm/);
    await expect.poll(() => coverage.getByRole("table", { name: "Thôn và điểm nóng chưa được phủ" }).locator("tbody tr").count(), POLL).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // let SwiftShader draw the layers
    await page.screenshot({ path: "test-results/analysis-coverage.png" });

    const [download] = await Promise.all([page.waitForEvent("download"), coverage.getByRole("button", { name: "Tải CSV – Vùng phủ chốt dân quân" }).click()]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv.split("\r\n")[0]).toContain("Tỷ lệ được phủ (%)");
    expect(csv).toContain("Thôn Phúc Thọ");
    expect(download.suggestedFilename()).toBe("vung-phu-chot-dan-quan.csv");

    // Excluding every post: 0 %, said in Vietnamese, recomputed without pressing the button again.
    await coverage.getByText(/Chốt được tính/).click();
    await coverage.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
    await expect.poll(() => percent.textContent(), SLOW).toBe("0%");
    await expect.poll(() => coverage.getByRole("list", { name: "Lưu ý" }).textContent(), POLL).toContain("Chưa chọn chốt dân quân nào");
  }, E2E_TIMEOUT_MS);

  test("travel-time coverage runs in a worker and can be cancelled", async () => {
    const page = await openAnalysis();
    const coverage = section(page, "Vùng phủ chốt dân quân");
    await coverage.getByLabel("Theo thời gian di chuyển trên đường").check();
    await coverage.getByRole("button", { name: "Tính vùng phủ" }).click();
    await coverage.getByRole("button", { name: "Hủy" }).click();
    await expect.poll(() => coverage.getByText("Đã hủy phép tính.").isVisible(), POLL).toBe(true);
    await coverage.getByRole("button", { name: "Tính vùng phủ" }).click();
    await expect.poll(() => coverage.getByTestId("coverage-percent").isVisible(), { timeout: 110_000, interval: 500 }).toBe(true);
  }, E2E_TIMEOUT_MS);

  test("distances, border belt and defence-land protection", async () => {
    const page = await openAnalysis();
    const distances = section(page, "Khoảng cách");
    await distances.getByRole("button", { name: "Tính bảng khoảng cách" }).click();
    await expect.poll(() => distances.getByRole("table", { name: "Điểm nóng – chốt gần nhất" }).locator("tbody tr").count(), SLOW).toBe(sampleLayer("hotspot").features.length);
    await expect.poll(() => distances.getByRole("table", { name: "Cột mốc – Đồn và chốt" }).locator("tbody tr").count(), POLL).toBe(sampleLayer("border-marker").features.length);

    const belt = section(page, "Vành đai biên giới");
    await belt.getByRole("button", { name: "Vẽ vành đai biên giới" }).click();
    await expect.poll(() => belt.getByTestId("border-belt-result").textContent(), SLOW).toMatch(/Vành đai 1\.000 m trong xã: .*km²/);
    await expect.poll(() => belt.getByRole("group", { name: "Cột mốc trong vành đai" }).locator("li").count(), POLL).toBeGreaterThan(0);

    const protection = section(page, "Bảo vệ đất quốc phòng");
    await protection.getByRole("button", { name: "Kiểm tra hành lang bảo vệ" }).click();
    await expect.poll(() => protection.getByRole("list", { name: "Vụ việc, điểm nóng trong đất quốc phòng" }).textContent(), SLOW).toContain("Điểm đen tai nạn giao thông tỉnh lộ 552");
    await expect.poll(() => protection.getByRole("group", { name: "Lỗi dữ liệu đất quốc phòng" }).textContent(), POLL).toContain("không phát hiện chồng lấn");
    await page.waitForTimeout(1500);
    await page.screenshot({ path: "test-results/analysis-belt-protection.png" });
  }, E2E_TIMEOUT_MS);

  test("the measure tool shows the length live and the area of a polygon", async () => {
    const page = await openAnalysis();
    const measure = section(page, "Đo trên bản đồ");
    const box = (await page.getByTestId("map").boundingBox())!;
    await measure.getByRole("button", { name: "Đo diện tích" }).click();
    const readout = measure.getByTestId("measure-readout");
    await page.mouse.click(box.x + box.width / 2 - 100, box.y + box.height / 2 - 80);
    await page.mouse.click(box.x + box.width / 2 + 100, box.y + box.height / 2 - 80);
    await expect.poll(() => readout.textContent(), POLL).toMatch(/Chiều dài: [\d,.]+ km.*2 điểm/);
    await page.mouse.click(box.x + box.width / 2 + 100, box.y + box.height / 2 + 80);
    await expect.poll(() => readout.textContent(), POLL).toMatch(/Diện tích: [\d,.]+ (km²|ha)/);
    await measure.getByRole("button", { name: "Kết thúc đo" }).click();
    // Selection works again after measuring; the drawing stays until cleared.
    await expect.poll(() => readout.textContent(), POLL).toContain("3 điểm");
    await page.waitForTimeout(800);
    await page.screenshot({ path: "test-results/analysis-measure.png" });
    await measure.getByRole("button", { name: "Xóa phép đo" }).click();
    await expect.poll(() => readout.count(), POLL).toBe(0);
  }, E2E_TIMEOUT_MS);
});
