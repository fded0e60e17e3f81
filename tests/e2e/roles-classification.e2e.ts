// Roles and classification marks on the device, as people use them:
// - the role matrix: a fresh profile per role, chosen at setup; which tabs
//   appear (in which order) and which key actions are there;
// - the names of people involved in an incident: seen by Công an xã, hidden
//   (details, search) once the device's role is changed to Ban CHQS xã;
// - a Mật drill plan exported in a package with a passphrase: the file holds
//   nothing readable; another profile imports it only with the passphrase (a
//   wrong one changes nothing); a Tối mật layer stays behind and the export says so;
// - the printed sheet takes the mark of the incidents in view and leaves the
//   Tối mật ones off the paper.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, baseUrl, chooseSampleOnFirstStart, clickMapCentre, waitForMap } from "./app-page";
import { downloadTo, readStores } from "./drill-test-helpers";

const E2E_TIMEOUT_MS = 400_000;
const browserProfiles = guardedBrowserForFile();

async function openAs(role: string): Promise<Page> {
  const session = await browserProfiles.openProfile();
  const page = await session.newPage();
  await page.goto(baseUrl());
  await chooseSampleOnFirstStart(page, role);
  await page.getByRole("tablist", { name: "Chức năng" }).waitFor({ timeout: 60_000 });
  return page;
}

const tabNames = (page: Page) => page.getByRole("tablist", { name: "Chức năng" }).getByRole("tab").allTextContents();
const shown = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).isVisible();

/** What a person in each role finds: tabs in order, then the key actions of each tab. */
const MATRIX = [
  { role: "Ban CHQS xã", tabs: ["Diễn tập", "Lớp bản đồ", "Biên tập", "Vụ việc", "Biên giới", "Phân tích", "Ngoại tuyến", "Đồng bộ"], addIncident: false, addDrill: true, inspect: false, exchange: true, importData: true },
  { role: "Công an xã", tabs: ["Vụ việc", "Lớp bản đồ", "Biên tập", "Phân tích", "Diễn tập", "Biên giới", "Ngoại tuyến", "Đồng bộ"], addIncident: true, addDrill: false, inspect: false, exchange: true, importData: true },
  { role: "Đồn Biên phòng", tabs: ["Biên giới", "Lớp bản đồ", "Biên tập", "Vụ việc", "Diễn tập", "Phân tích", "Ngoại tuyến", "Đồng bộ"], addIncident: false, addDrill: false, inspect: true, exchange: true, importData: true },
  { role: "Cấp tỉnh", tabs: ["Lớp bản đồ", "Vụ việc", "Diễn tập", "Biên giới", "Phân tích", "Biên tập", "Ngoại tuyến", "Đồng bộ"], addIncident: true, addDrill: true, inspect: true, exchange: true, importData: true },
  { role: "Chỉ xem", tabs: ["Lớp bản đồ", "Vụ việc", "Diễn tập", "Biên giới", "Phân tích", "Ngoại tuyến", "Đồng bộ"], addIncident: false, addDrill: false, inspect: false, exchange: false, importData: false },
];

describe("roles on the device", () => {
  test.each(MATRIX)("the role matrix: $role, chosen at setup — its tabs and key actions", async (expected) => {
    const page = await openAs(expected.role);
    await expect.poll(() => page.getByTestId("profile-bar").textContent(), POLL).toContain(expected.role);
    expect(await tabNames(page)).toEqual(expected.tabs);
    // The role's own work opens first.
    expect(await page.getByRole("tab", { selected: true }).textContent()).toBe(expected.tabs[0]);

    await page.getByRole("tab", { name: "Lớp bản đồ" }).click();
    expect((await page.getByLabel("Nhập dữ liệu").count()) > 0, "Nhập dữ liệu").toBe(expected.importData);
    await page.getByRole("tab", { name: "Vụ việc" }).click();
    await expect.poll(() => page.getByText("Cài đặt vụ việc").isVisible(), POLL).toBe(true);
    expect(await shown(page, "Thêm vụ việc"), "Thêm vụ việc").toBe(expected.addIncident);
    await page.getByRole("tab", { name: "Diễn tập" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Kế hoạch diễn tập" }).isVisible(), POLL).toBe(true);
    expect(await shown(page, "Tạo kế hoạch diễn tập"), "Tạo kế hoạch").toBe(expected.addDrill);
    // No plan yet: the tab says so (and who makes plans) rather than staying blank under its heading.
    await expect.poll(() => page.getByTestId("drill-no-plans").textContent(), POLL).toBe(
      expected.addDrill ? "Chưa có kế hoạch diễn tập nào." : `Chưa có kế hoạch diễn tập nào. Vai trò ${expected.role} chỉ xem kế hoạch do Ban CHQS xã lập.`,
    );
    await page.getByRole("tab", { name: "Biên giới" }).click();
    await expect.poll(() => page.getByTestId("marker-row-border-marker-490").isVisible(), POLL).toBe(true);
    expect(await page.getByRole("button", { name: "Ghi kiểm tra Cột mốc 490" }).isVisible(), "Ghi kiểm tra").toBe(expected.inspect);
    expect(await shown(page, "Xuất gói dữ liệu"), "Xuất gói").toBe(expected.exchange);
    if (!expected.inspect) expect(await page.getByRole("button", { name: "Lưu nhật ký tuần tra" }).isEnabled()).toBe(false);
    if (expected.role === "Chỉ xem") await page.screenshot({ path: "test-results/roles-chi-xem-border.png" });
  }, E2E_TIMEOUT_MS);

  test("only Công an xã sees the names of people involved; the change records who made it", async () => {
    const page = await openAs("Công an xã");
    await waitForMap(page);
    await page.getByRole("button", { name: "Đổi vai trò" }).click();
    await page.getByRole("textbox", { name: "Người sử dụng" }).fill("Trần Thị Bình");
    await page.getByRole("button", { name: "Lưu vai trò" }).click();
    await expect.poll(() => page.getByTestId("profile-bar").textContent(), POLL).toContain("Trần Thị Bình");

    await page.getByRole("button", { name: "Thêm vụ việc" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Đang chờ bấm trên bản đồ…" }).count(), POLL).toBe(1);
    await clickMapCentre(page);
    await expect.poll(() => page.getByLabel("Tọa độ", { exact: true }).inputValue(), POLL).toMatch(/^18\.\d{6}, 105\.\d{6}$/);
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Tranh chấp đất rừng thôn 3");
    await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Trộm cắp tài sản" });
    await page.getByLabel("Người, đơn vị liên quan", { exact: true }).fill("Hồ Văn Khánh");
    await page.getByRole("combobox", { name: "Độ mật", exact: true }).selectOption({ label: "Mật" });
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    const details = page.getByRole("article", { name: "Chi tiết vụ việc" });
    await expect.poll(() => details.textContent(), POLL).toContain("Hồ Văn Khánh");
    expect(await details.getByTestId("classification-badge").textContent()).toBe("MẬT");
    expect(await details.textContent()).toContain("bởi Trần Thị Bình (Công an xã)");
    await page.screenshot({ path: "test-results/roles-incident-cong-an.png" });

    // The same device handed to the commune military command.
    await page.getByRole("button", { name: "Đổi vai trò" }).click();
    await page.getByLabel("Vai trò trên thiết bị").selectOption({ label: "Ban CHQS xã" });
    await page.getByRole("button", { name: "Lưu vai trò" }).click();
    await expect.poll(() => tabNames(page), POLL).toEqual(MATRIX[0].tabs);
    await page.getByRole("tab", { name: "Vụ việc" }).click();
    await page.getByRole("button", { name: /Tranh chấp đất rừng thôn 3/ }).click();
    await expect.poll(() => details.textContent(), POLL).toContain("Tranh chấp đất rừng thôn 3");
    expect(await details.textContent()).not.toContain("Hồ Văn Khánh");
    expect(await details.textContent()).not.toContain("Người, đơn vị liên quan");
    expect(await details.getByRole("button", { name: "Sửa" }).count()).toBe(0);
    await page.getByLabel("Tìm kiếm", { exact: true }).fill("Khánh");
    await expect.poll(() => page.getByRole("button", { name: /Tranh chấp đất rừng thôn 3/ }).count(), POLL).toBe(0);
    await page.screenshot({ path: "test-results/roles-incident-ban-chqs.png" });
  }, E2E_TIMEOUT_MS);
});

describe("classification follows the data", () => {
  test("a Mật plan leaves only in an encrypted package; the importer needs the passphrase; Tối mật stays behind", async () => {
    const plan = "Phương án phòng thủ 2026 – K47";
    const sender = await openAs("Ban CHQS xã");
    // The drill tab opens first for Ban CHQS xã (its code loads after the shell: wait as a person would).
    await sender.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).click({ timeout: 90_000 });
    await sender.getByLabel("Tên kế hoạch").fill(plan);
    await sender.getByRole("combobox", { name: "Độ mật", exact: true }).selectOption({ label: "Mật" });
    await sender.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await expect.poll(() => sender.getByRole("article", { name: `Kế hoạch ${plan}` }).locator(".drill-summary").getByTestId("classification-badge").textContent(), POLL).toBe("MẬT");
    await expect.poll(async () => (await readStores(sender, ["drills"])).drills[0], POLL).toMatchObject({ classification: "mat", updatedBy: "Không ghi tên (Ban CHQS xã)" });

    // Defence land marked Tối mật in the layer list.
    await sender.getByRole("tab", { name: "Lớp bản đồ" }).click();
    await sender.getByLabel("Độ mật – Đất quốc phòng").selectOption({ label: "Tối mật" });
    await expect.poll(() => sender.locator('[data-layer-id="defence-land"]').getByTestId("classification-badge").textContent(), POLL).toBe("TỐI MẬT");
    await sender.screenshot({ path: "test-results/classification-layer-list.png" });

    await sender.getByRole("tab", { name: "Biên giới" }).click();
    await sender.getByRole("checkbox", { name: /Đất quốc phòng/ }).check();
    await sender.getByRole("button", { name: "Xuất gói dữ liệu" }).click();
    await expect.poll(() => sender.getByTestId("exchange-status").textContent(), POLL).toContain("Gói có dữ liệu MẬT nên phải mã hóa");
    await sender.getByLabel("Mật khẩu gói", { exact: true }).fill("Vu-Quang-2026!");
    await sender.getByLabel("Nhập lại mật khẩu gói").fill("Vu-Quang-2026!");
    const zipPath = "test-results/goi-mat.zip";
    await downloadTo(sender, () => sender.getByRole("button", { name: "Xuất gói dữ liệu" }).click(), zipPath);
    const status = await sender.getByTestId("exchange-status").textContent();
    expect(status).toContain("Đã xuất gói MẬT");
    expect(status).toContain("Lớp “Đất quốc phòng”: đối tượng Tối mật không được xuất khỏi thiết bị");
    await sender.getByText("Mật khẩu gói (bắt buộc khi gói có dữ liệu MẬT)").scrollIntoViewIfNeeded();
    await sender.screenshot({ path: "test-results/classification-package-export.png" });

    const bytes = readFileSync(zipPath);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(["manifest.json", "payload.bin"]);
    for (const needle of [plan, "K47", "Phương án", "Chốt dân quân", "Cột mốc"]) expect(bytes.includes(Buffer.from(needle, "utf8")), needle).toBe(false);

    const receiver = await openAs("Cấp tỉnh");
    await receiver.getByLabel("Nhập dữ liệu").setInputFiles(zipPath);
    const form = receiver.getByRole("form", { name: "Mở gói mã hóa “goi-mat.zip”" });
    await expect.poll(() => form.isVisible(), POLL).toBe(true);
    await form.getByLabel("Mật khẩu gói").fill("sai-mat-khau");
    await form.getByRole("button", { name: "Mở gói" }).click();
    await expect.poll(() => form.getByRole("alert").textContent(), POLL).toContain("Mật khẩu gói không đúng");
    expect(await form.getByRole("alert").textContent()).toContain("Chưa có dữ liệu nào được thay đổi");
    await receiver.screenshot({ path: "test-results/classification-package-wrong-passphrase.png" });
    expect((await readStores(receiver, ["drills"])).drills).toEqual([]);

    await form.getByLabel("Mật khẩu gói").fill("Vu-Quang-2026!");
    await form.getByRole("button", { name: "Mở gói" }).click();
    const report = receiver.getByRole("status").filter({ hasText: "Đã nhập gói" });
    await expect.poll(() => report.isVisible(), POLL).toBe(true);
    expect(await report.textContent()).toContain("Kế hoạch diễn tập: 1 mới");
    expect((await readStores(receiver, ["drills"])).drills).toEqual([expect.objectContaining({ name: plan, classification: "mat" })]);
    await receiver.getByRole("tab", { name: "Diễn tập" }).click();
    await expect.poll(() => receiver.getByRole("article", { name: `Kế hoạch ${plan}` }).locator(".drill-summary").getByTestId("classification-badge").textContent(), POLL).toBe("MẬT");
  }, E2E_TIMEOUT_MS);

  test("the printed sheet takes the incidents' marks: a Mật incident makes it MẬT, a Tối mật one is left off", async () => {
    const page = await openAs("Cấp tỉnh");
    // The second incident goes beside the first: a click on a drawn incident opens it instead.
    const incident = async (title: string, mark: string, offset = { dx: 0, dy: 0 }) => {
      await page.getByRole("tab", { name: "Vụ việc" }).click();
      await page.getByRole("button", { name: "Thêm vụ việc" }).click({ timeout: 90_000 });
      // Clicked again until the position is taken, as a person would (the map may still be busy drawing).
      const position = page.getByLabel("Tọa độ", { exact: true });
      await expect
        .poll(async () => {
          if ((await position.inputValue()) === "") await clickMapCentre(page, offset);
          return position.inputValue();
        }, { timeout: 60_000, interval: 1_000 })
        .toMatch(/^18\.\d{6}, 105\.\d{6}$/);
      await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
      await page.getByLabel("Loại vụ việc", { exact: true }).selectOption({ label: "Trộm cắp tài sản" });
      await page.getByRole("combobox", { name: "Độ mật", exact: true }).selectOption({ label: mark });
      await page.getByRole("button", { name: "Lưu", exact: true }).click();
      await expect.poll(() => page.getByRole("form", { name: /vụ việc/ }).count(), POLL).toBe(0);
    };
    await waitForMap(page);
    await incident("Theo dõi đối tượng tại bến đò", "Mật");

    await page.getByRole("tab", { name: "Diễn tập" }).click();
    await page.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).click({ timeout: 90_000 });
    await page.getByLabel("Tên kế hoạch").fill("Diễn tập phòng chống cháy rừng 2026");
    await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
    const mark = page.getByTestId("print-classification");
    await expect.poll(() => mark.textContent(), POLL).toContain("MẬT");

    await incident("Nguồn tin về đường dây vượt biên", "Tối mật", { dx: 80, dy: 50 });
    await page.getByRole("tab", { name: "Diễn tập" }).click();
    await expect.poll(() => page.getByText("Không in dữ liệu Tối mật: 1 vụ việc.").isVisible(), POLL).toBe(true);
    expect(await mark.textContent()).toContain("MẬT");
    await page.getByText("Không in dữ liệu Tối mật: 1 vụ việc.").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/classification-print-incidents.png" });
    await downloadTo(page, () => page.getByRole("button", { name: "Xuất PNG" }).click(), "test-results/classification-print-incidents-sheet.png");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã xuất PNG" }).textContent(), POLL).toContain("Không in dữ liệu Tối mật: 1 vụ việc.");
  }, E2E_TIMEOUT_MS);
});
