// "Biên tập" as a commune officer uses it, in the sample workspace: three
// militia posts placed by clicking the map, each with its name, unit and
// strength; coverage in "Phân tích" counts exactly those three (the figure the
// geo module computes from the stored positions); one post dragged to a new
// place changes the coverage; undo puts it back (a new version); after a
// reload everything is still there. Plus the form's Vietnamese validation.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { Feature, Point } from "geojson";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import { guardedBrowserForFile } from "./browser-session";
import { readStoredRecords } from "./stored-records";
import { POLL, openApp, waitForMap } from "./app-page";

const SLOW = { timeout: 60_000, interval: 200 };
/** Inside the sample commune, ~3.9 km from its boundary (Thôn Hương Minh). */
const VIEW = { zoom: 14, lat: 18.3356, lon: 105.4564 };
const POSTS = [
  { name: "Chốt thử nghiệm Một", dx: -120, dy: 0, strength: "9" },
  { name: "Chốt thử nghiệm Hai", dx: 60, dy: -40, strength: "12" },
  { name: "Chốt thử nghiệm Ba", dx: 40, dy: 90, strength: "7" },
];

const browserProfiles = guardedBrowserForFile();

interface StoredRecord {
  layerId: string;
  geometry: Point;
  properties: Record<string, unknown>;
  deletedAt: string | null;
  version: number;
}

/** The workspace's features as stored in IndexedDB (the app's own database, records opened). */
async function storedFeatures(page: Page): Promise<StoredRecord[]> {
  return (await readStoredRecords(page, ["workspaceFeatures"])).workspaceFeatures as StoredRecord[];
}

async function testPosts(page: Page): Promise<StoredRecord[]> {
  const records = await storedFeatures(page);
  return records.filter((record) => record.layerId === "militia-post" && record.deletedAt === null && String(record.properties.name).startsWith("Chốt thử nghiệm"));
}

async function expectedCoverage(page: Page): Promise<string> {
  const records = await storedFeatures(page);
  const posts = (await testPosts(page)).map((record): Feature => ({ type: "Feature", geometry: record.geometry, properties: record.properties }));
  const area = records.filter((record) => record.layerId === "commune" && record.deletedAt === null).map((record): Feature => ({ type: "Feature", geometry: record.geometry, properties: record.properties }));
  const { coveredPercent } = analyseCoverage({ posts, area, mode: { kind: "radius", radiusMetres: 1_000, usePostAttribute: false } });
  return `${coveredPercent.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId("map").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const editor = (page: Page) => page.getByRole("region", { name: "Biên tập lớp" });

async function runCoverageOfTestPosts(page: Page): Promise<string> {
  await page.getByRole("tab", { name: "Phân tích" }).click();
  const coverage = page.getByRole("region", { name: "Vùng phủ chốt dân quân" });
  const picker = coverage.locator("details.analysis-posts");
  if (!(await picker.evaluate((element) => (element as HTMLDetailsElement).open))) await coverage.getByText(/Chốt được tính/).click();
  await coverage.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
  for (const post of POSTS) await coverage.getByLabel(post.name).check();
  await coverage.getByRole("button", { name: "Tính vùng phủ" }).click();
  const percent = coverage.getByTestId("coverage-percent");
  const expected = await expectedCoverage(page);
  await expect.poll(() => percent.textContent(), SLOW).toBe(expected);
  return expected;
}

describe("Biên tập", () => {
  test("three militia posts drawn, coverage counts them, a moved post changes it, undo, reload keeps everything", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Chốt dân quân" });
    const centre = await mapCentre(page);

    for (const post of POSTS) {
      await editor(page).getByRole("button", { name: "Thêm điểm" }).click();
      await expect.poll(() => editor(page).getByRole("status", { name: "Công cụ vẽ" }).textContent(), POLL).toContain("Bấm vào bản đồ để đặt điểm");
      await page.mouse.click(centre.x + post.dx, centre.y + post.dy);
      const form = editor(page).getByRole("form", { name: "Thuộc tính" });
      await form.getByLabel("Tên chốt").fill(post.name);
      await form.getByLabel("Đơn vị").fill("Tiểu đội dân quân thử nghiệm");
      await form.getByLabel("Quân số (người)").fill(post.strength);
      await form.getByRole("button", { name: "Lưu đối tượng" }).click();
      await expect.poll(() => editor(page).getByRole("status").filter({ hasText: "Đã thêm" }).first().textContent(), POLL).toContain(post.name);
    }
    await expect.poll(async () => (await testPosts(page)).length, POLL).toBe(3);
    await editor(page).getByLabel("Tìm đối tượng theo tên").fill("chot thu nghiem");
    await expect.poll(() => editor(page).getByRole("list", { name: "Đối tượng của lớp" }).getByRole("button").count(), POLL).toBe(3);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: "test-results/editing-three-posts.png" });

    const before = await runCoverageOfTestPosts(page);
    console.info(`coverage of the three posts: ${before}`);

    // Move "Ba" 250 px east with the mouse, as the officer drags it.
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByRole("list", { name: "Đối tượng của lớp" }).getByRole("button", { name: "Chốt thử nghiệm Ba" }).click();
    await editor(page).getByRole("button", { name: "Di chuyển" }).click();
    await page.waitForTimeout(800);
    const from = { x: centre.x + POSTS[2].dx, y: centre.y + POSTS[2].dy };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(from.x + step * 25, from.y, { steps: 2 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    await page.screenshot({ path: "test-results/editing-move-post.png" });
    await editor(page).getByRole("button", { name: "Xong" }).click();
    await expect.poll(() => editor(page).getByRole("status").filter({ hasText: "Đã lưu hình mới" }).count(), POLL).toBe(1);
    const moved = (await testPosts(page)).find((record) => record.properties.name === "Chốt thử nghiệm Ba")!;
    expect(moved.version).toBe(2);

    const after = await runCoverageOfTestPosts(page);
    console.info(`after the move: ${after}`);
    expect(after).not.toBe(before);

    // Undo (button) puts the post back as a new version; redo (Ctrl+Y) moves it again.
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByRole("button", { name: "Hoàn tác" }).click();
    await expect.poll(async () => (await testPosts(page)).find((record) => record.properties.name === "Chốt thử nghiệm Ba")?.version, POLL).toBe(3);
    await page.getByRole("tab", { name: "Biên tập" }).focus();
    await page.keyboard.press("Control+y");
    await expect.poll(async () => (await testPosts(page)).find((record) => record.properties.name === "Chốt thử nghiệm Ba")?.geometry.coordinates, POLL).toEqual(moved.geometry.coordinates);

    await page.reload();
    await waitForMap(page);
    expect((await testPosts(page)).map((record) => record.properties.name).sort()).toEqual(POSTS.map((post) => post.name).sort());
    expect(await runCoverageOfTestPosts(page)).toBe(after);
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Chốt dân quân" });
    await editor(page).getByRole("list", { name: "Đối tượng của lớp" }).getByRole("button", { name: "Chốt thử nghiệm Hai" }).click();
    await expect.poll(() => editor(page).getByLabel("Quân số (người)").inputValue(), POLL).toBe("12");
    await page.waitForTimeout(1000);
    await page.screenshot({ path: "test-results/editing-after-reload.png" });
  }, 480_000);

  test("the form refuses what is wrong in Vietnamese, naming the field; a post outside the commune is refused", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 11, lat: 18.3, lon: 105.44 });
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Chốt dân quân" });
    await editor(page).getByRole("button", { name: "Thêm điểm" }).click();
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    const form = editor(page).getByRole("form", { name: "Thuộc tính" });
    await form.getByLabel("Quân số (người)").fill("2,5");
    await form.getByLabel("Số điện thoại").fill("123");
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    await expect.poll(() => form.getByRole("alert").allTextContents(), POLL).toEqual([
      "Tên chốt: bắt buộc nhập.",
      "Đơn vị: bắt buộc nhập.",
      "Quân số: phải là số nguyên.",
      "Số điện thoại: không đúng dạng (số điện thoại Việt Nam, ví dụ 0912 345 678).",
    ]);
    await page.screenshot({ path: "test-results/editing-validation.png" });
    await editor(page).getByRole("button", { name: "Bỏ" }).click();

    // Far west of the commune (the map spans ~100 km at zoom 11): refused, nothing stored.
    const countBefore = (await storedFeatures(page)).length;
    await editor(page).getByRole("button", { name: "Thêm điểm" }).click();
    await page.mouse.click(centre.x - 420, centre.y);
    await form.getByLabel("Tên chốt").fill("Chốt ngoài xã");
    await form.getByLabel("Đơn vị").fill("Tiểu đội");
    await form.getByLabel("Quân số (người)").fill("5");
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    await expect.poll(() => editor(page).getByText("ngoài ranh giới xã").count(), POLL).toBe(1);
    expect((await storedFeatures(page)).length).toBe(countBefore);
  });

  test("a crossing defence-land polygon is refused, repaired on request (Clipper2) and saved with its area computed", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Đất quốc phòng" });
    await editor(page).getByRole("button", { name: "Thêm vùng" }).click();
    const { x, y } = await mapCentre(page);
    // A bow-tie: its second and fourth edges cross.
    for (const [dx, dy] of [[-60, -60], [60, 60], [60, -60], [-60, 60]]) {
      await page.mouse.click(x + dx, y + dy);
      await page.waitForTimeout(150);
    }
    await editor(page).getByRole("button", { name: "Xong" }).click();
    const problems = editor(page).getByRole("alert").filter({ hasText: "Hình chưa lưu được" });
    await expect.poll(() => problems.textContent(), POLL).toContain("Các cạnh của vùng cắt nhau (1 chỗ)");
    await page.waitForTimeout(1000); // the dashed draft and the red ring at the crossing
    await page.screenshot({ path: "test-results/editing-self-intersection.png" });
    const before = (await storedFeatures(page)).length;
    await editor(page).getByRole("button", { name: "Sửa hình tự động" }).click();
    await expect.poll(() => editor(page).getByRole("status").filter({ hasText: "Đã chuẩn hóa hình học" }).textContent(), POLL).toContain("sửa 1 vùng tự cắt");
    expect((await storedFeatures(page)).length).toBe(before); // nothing saved by the repair itself
    const form = editor(page).getByRole("form", { name: "Thuộc tính" });
    await form.getByLabel("Tên khu đất").fill("Khu đất thử nghiệm");
    await form.getByLabel("Số thửa").fill("QP-TN-01");
    await form.getByLabel("Đơn vị quản lý").fill("Ban CHQS xã");
    await form.getByLabel("Tình trạng pháp lý").selectOption({ label: "Đang sử dụng" });
    await expect.poll(() => form.locator("output").textContent(), POLL).toMatch(/^[\d,.]+ ha/);
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    await expect.poll(async () => (await storedFeatures(page)).filter((record) => record.properties.parcelId === "QP-TN-01").length, POLL).toBe(1);
    const saved = (await storedFeatures(page)).find((record) => record.properties.parcelId === "QP-TN-01")!;
    expect((saved.geometry as unknown as { type: string }).type).toBe("MultiPolygon"); // the two triangles of the bow-tie
    expect(saved.properties.areaHa).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await page.screenshot({ path: "test-results/editing-repaired.png" });
  }, 180_000);

  test("a right-click on a vertex opens the vertex menu: Hủy closes it, Chèn đỉnh sau adds the midpoint, Xong saves it", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await page.getByRole("tab", { name: "Biên tập" }).click();
    await editor(page).getByLabel("Lớp cần biên tập").selectOption({ label: "Khu vực phòng thủ" });
    await editor(page).getByRole("button", { name: "Thêm vùng" }).click();
    const { x, y } = await mapCentre(page);
    const square = [[-80, -80], [80, -80], [80, 80], [-80, 80]].map(([dx, dy]) => ({ x: x + dx, y: y + dy }));
    for (const corner of square) {
      await page.mouse.click(corner.x, corner.y);
      await page.waitForTimeout(150);
    }
    await editor(page).getByRole("button", { name: "Xong" }).click();
    const form = editor(page).getByRole("form", { name: "Thuộc tính" });
    await form.getByLabel("Tên khu vực phòng thủ").fill("Khu vực menu đỉnh");
    await form.getByRole("button", { name: "Lưu đối tượng" }).click();
    const stored = async () => (await storedFeatures(page)).find((record) => record.properties.name === "Khu vực menu đỉnh") as unknown as { geometry: { coordinates: number[][][] }; version: number } | undefined;
    await expect.poll(async () => (await stored())?.version, POLL).toBe(1);

    await form.getByRole("button", { name: "Sửa hình" }).click();
    await page.waitForTimeout(800);
    const menu = page.getByRole("menu", { name: /^Đỉnh số \d$/ });
    await page.mouse.click(square[0].x, square[0].y, { button: "right" });
    await expect.poll(() => menu.isVisible(), POLL).toBe(true);
    await menu.getByRole("menuitem", { name: "Hủy" }).click();
    await expect.poll(() => menu.count(), POLL).toBe(0);
    // A right-click beside the shape, on no vertex, opens nothing.
    await page.mouse.click(x, y, { button: "right" });
    await page.waitForTimeout(300);
    expect(await menu.count()).toBe(0);
    await page.mouse.click(square[1].x + 3, square[1].y - 3, { button: "right" });
    await expect.poll(() => menu.isVisible(), POLL).toBe(true);
    await page.screenshot({ path: "test-results/editing-vertex-menu.png" });
    await menu.getByRole("menuitem", { name: "Chèn đỉnh sau" }).click();
    await editor(page).getByRole("button", { name: "Xong" }).click();
    await expect.poll(async () => (await stored())?.version, POLL).toBe(2);
    const ring = (await stored())!.geometry.coordinates[0].slice(0, -1);
    expect(ring).toHaveLength(5);
    // The new vertex lies halfway between its neighbours.
    const inserted = ring.findIndex((vertex, index) => {
      const [before, after] = [ring[(index + 4) % 5], ring[(index + 1) % 5]];
      return Math.abs(vertex[0] - (before[0] + after[0]) / 2) < 1e-8 && Math.abs(vertex[1] - (before[1] + after[1]) / 2) < 1e-8;
    });
    expect(inserted).toBeGreaterThanOrEqual(0);
  }, 180_000);

  test("a save refused because another tab changed the post shows both versions; keeping mine saves on the stored version", async () => {
    const session = await browserProfiles.openProfile();
    const first = await session.newPage();
    await openApp(first, VIEW);
    const second = await session.newPage();
    await openApp(second, VIEW);
    for (const page of [first, second]) {
      await page.getByRole("tab", { name: "Biên tập" }).click();
      await editor(page).getByRole("list", { name: "Đối tượng của lớp" }).getByRole("button").first().click();
    }
    const title = await editor(first).getByRole("region", { name: "Đối tượng đang biên tập" }).getByRole("heading").textContent();
    // The second tab renames the post; the first has already typed another strength.
    await editor(first).getByLabel("Quân số (người)").fill("21");
    await editor(second).getByLabel("Tên chốt").fill(`${title} (tab 2)`);
    await editor(second).getByRole("button", { name: "Lưu thuộc tính" }).click();
    await expect.poll(() => editor(second).getByRole("status").filter({ hasText: "Đã lưu thuộc tính" }).count(), POLL).toBe(1);
    await editor(first).getByRole("button", { name: "Lưu thuộc tính" }).click();
    const conflict = editor(first).getByRole("alertdialog", { name: "Xung đột khi lưu" });
    await expect.poll(() => conflict.textContent(), POLL).toContain(`${title} (tab 2)`);
    expect(await conflict.textContent()).toContain("21");
    await first.screenshot({ path: "test-results/editing-conflict.png" });
    await conflict.getByRole("button", { name: "Giữ bản của tôi" }).click();
    await expect.poll(() => editor(first).getByRole("status").filter({ hasText: "Đã lưu bản của bạn" }).count(), POLL).toBe(1);
    const stored = (await storedFeatures(first)).find((record) => record.properties.name === title);
    expect(stored?.properties.strength).toBe(21);
    expect(stored?.version).toBe(3);
  }, 180_000);
});
