// Drill planning as the commander does it: a plan with two phases, an
// assembly point and a route drawn on the map with terra-draw, replayed phase
// by phase, printed to PDF (the file checked), and still there after a reload.

import { readFileSync, statSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, waitForMap } from "./app-page";
import { clickMapAt, downloadTo, readStores } from "./drill-test-helpers";

// Drawing, printing and two browser profiles on SwiftShader (2 shared cores) take a while.
const E2E_TIMEOUT_MS = 300_000;


const browserProfiles = guardedBrowserForFile();
describe("drill planning", () => {
  test("draw a drill with two phases and a route, replay it, export a PDF map sheet", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 13, lat: 18.33, lon: 105.45 });
    await page.getByRole("tab", { name: "Diễn tập" }).click();

    await page.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).click();
    await page.getByLabel("Tên kế hoạch").fill("Diễn tập chiến đấu phòng thủ xã Vũ Quang 2026");
    await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
    // The force's name has room for a name (it was squeezed beside the kind and the strength).
    expect((await page.getByLabel("Tên lực lượng").boundingBox())!.width).toBeGreaterThan(200);
    await page.getByLabel("Tên lực lượng").fill("Trung đội dân quân cơ động");
    await page.getByLabel("Quân số").fill("1250");
    await page.getByRole("button", { name: "Thêm lực lượng" }).click();
    await expect.poll(() => page.getByText("Lực lượng tham gia (1.250 người)").isVisible(), POLL).toBe(true);
    // Numbers the Vietnamese way in the force's line too (1.250, not 1250).
    expect(await page.getByRole("listitem").filter({ hasText: "Trung đội dân quân cơ động" }).textContent()).toContain("quân số 1.250 ·");

    await page.getByLabel("Tên giai đoạn").fill("Báo động, tập kết");
    await page.getByLabel("Phút so với giờ H").fill("0");
    await page.getByRole("button", { name: "Thêm giai đoạn" }).click();
    await page.getByLabel("Tên giai đoạn").fill("Cơ động chiếm lĩnh trận địa");
    await page.getByLabel("Phút so với giờ H").fill("45");
    await page.getByRole("button", { name: "Thêm giai đoạn" }).click();
    await expect.poll(() => page.getByText("H+45 (07:45) — Cơ động chiếm lĩnh trận địa").isVisible(), POLL).toBe(true);

    // Phase 1: an assembly point (one click).
    await page.getByLabel("Loại yếu tố").selectOption("assembly-point");
    await page.getByLabel("Thuộc giai đoạn").selectOption({ label: "Báo động, tập kết" });
    await page.getByLabel("Tên yếu tố").fill("Điểm tập kết UBND xã");
    await page.getByRole("checkbox", { name: "Trung đội dân quân cơ động" }).check();
    await page.getByRole("button", { name: "Vẽ trên bản đồ" }).click();
    await expect.poll(() => page.getByText(/Đang vẽ điểm tập kết/).isVisible(), POLL).toBe(true);
    await clickMapAt(page, -120, 40);
    await expect.poll(() => page.getByText("Đã thêm “Điểm tập kết UBND xã”.").isVisible(), POLL).toBe(true);

    // Phase 2: a route (three vertices, Enter to finish).
    await page.getByLabel("Loại yếu tố").selectOption("route");
    await page.getByLabel("Thuộc giai đoạn").selectOption({ label: "Cơ động chiếm lĩnh trận địa" });
    await page.getByLabel("Tên yếu tố").fill("Tuyến cơ động số 1");
    await page.getByRole("button", { name: "Vẽ trên bản đồ" }).click();
    for (const [dx, dy] of [[-120, 40], [0, 0], [140, -60]]) {
      await clickMapAt(page, dx, dy);
      await page.waitForTimeout(300);
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("Đã thêm “Tuyến cơ động số 1”.").isVisible(), POLL).toBe(true);
    const facts = await page.getByTestId("route-facts").textContent();
    expect(facts).toMatch(/dài \d+,\d+ km/);
    expect(facts).toMatch(/Trung đội dân quân cơ động: \d+ (phút|giờ)/);
    await expect.poll(() => page.getByTestId("drill-no-conflicts").isVisible(), POLL).toBe(true);

    // Replay: phase 1 then phase 2, ending on the last.
    const status = page.getByTestId("drill-replay-status");
    await page.getByRole("button", { name: "Phát lại" }).click();
    await expect.poll(() => status.textContent(), POLL).toContain("Đang phát lại: giai đoạn 1/2 – H Báo động, tập kết");
    await page.screenshot({ path: "test-results/drill-replay-phase-1.png" });
    await expect.poll(() => status.textContent(), POLL).toContain("giai đoạn 2/2 – H+45 Cơ động chiếm lĩnh trận địa");
    await expect.poll(() => status.textContent(), POLL).toContain("Đang hiển thị: giai đoạn 2/2");
    await page.screenshot({ path: "test-results/drill-replay-phase-2.png" });

    // Print: an A4 landscape PDF of the phase on screen.
    const pdfPath = "test-results/drill-map-sheet.pdf";
    const download = await downloadTo(page, () => page.getByRole("button", { name: "Xuất PDF" }).click(), pdfPath);
    expect(download.suggestedFilename()).toMatch(/^ban-do-dien-tap-chien-dau-phong-thu-xa-vu-quang-2026-co-dong-chiem-linh-tran-dia-a4\.pdf$/);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // One A4 landscape page: 297 × 210 mm = 841.89 × 595.28 pt.
    const mediaBox = /\/MediaBox \[([\d. ]+)\]/.exec(pdf.toString("latin1"))?.[1].split(" ").map(Number);
    expect(mediaBox?.map((value) => Math.round(value))).toEqual([0, 0, 842, 595]);
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(statSync(pdfPath).size).toBeGreaterThan(100_000);
    await expect.poll(() => page.getByText(/Đã xuất PDF A4 \(tỉ lệ khoảng 1:/).isVisible(), POLL).toBe(true);

    // The plan survives a reload.
    const stored = await readStores(page, ["drills"]);
    expect(stored.drills).toHaveLength(1);
    expect((stored.drills[0] as { elements: unknown[] }).elements).toHaveLength(2);
    await page.reload();
    await waitForMap(page);
    await page.getByRole("tab", { name: "Diễn tập" }).click();
    await expect.poll(() => page.getByText("Tuyến cơ động số 1").first().isVisible(), POLL).toBe(true);
  }, E2E_TIMEOUT_MS);
});
