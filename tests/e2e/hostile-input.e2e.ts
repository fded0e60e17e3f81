// Issue #12, the two High defects, as a person meets them in real Chromium:
//   1. a package whose drill record is minimal ({id, updatedAt, revisions})
//      used to blank the whole app for good ("e is not iterable"); now it is
//      refused with a Vietnamese message, and a malformed drill already in the
//      profile is quarantined ("Dữ liệu lỗi") instead of breaking the view;
//   2. two tabs of one profile editing one incident: the second save used to
//      put the old title back silently; now it is a conflict shown with both
//      values, and nothing is lost.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, openApp, recordIncident, samplePoint, waitForMap } from "./app-page";
import { handMadeZip } from "../unit/hostile-package-helpers";

const E2E_TIMEOUT_MS = 300_000;
const BAD_DRILL = { id: "bad-drill-1", updatedAt: "2026-01-01T00:00:00Z", revisions: [] };
const browserProfiles = guardedBrowserForFile();

async function drillTabWorks(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Diễn tập" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Tạo kế hoạch diễn tập" }).isVisible(), POLL).toBe(true);
  expect(await page.getByTestId("feature-error").count()).toBe(0);
}

/** Writes a record straight into the profile's IndexedDB, as an older version or a hand-edited profile might have. */
async function storeRawRecord(page: Page, table: string, record: unknown): Promise<void> {
  await page.evaluate(
    ([storeName, value]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("ban-do-quoc-phong-an-ninh-xa");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(storeName as string, "readwrite");
          transaction.objectStore(storeName as string).put(value);
          transaction.oncomplete = () => (database.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [table, record] as const,
  );
}

async function openEditForm(page: Page, title: string): Promise<void> {
  await page.getByRole("tab", { name: "Vụ việc" }).click();
  const list = page.getByRole("region", { name: "Danh sách vụ việc" });
  await expect.poll(() => list.getByRole("listitem").filter({ hasText: title }).count(), POLL).toBe(1);
  await list.getByRole("listitem").filter({ hasText: title }).getByRole("button").click();
  await page.getByRole("article", { name: "Chi tiết vụ việc" }).getByRole("button", { name: "Sửa", exact: true }).click();
  await expect.poll(() => page.getByRole("form", { name: "Sửa vụ việc" }).count(), POLL).toBe(1);
}

describe("hostile input (issue #12)", () => {
  test("a package with a minimal drill record is refused; the app still works, also after a reload", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 13, lat: 18.33, lon: 105.45 });
    const zip = await handMadeZip({ records: { drills: [BAD_DRILL] } });
    await page.getByLabel("Nhập dữ liệu").setInputFiles({ name: "goi-hong.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
    const refusal = page.getByRole("alert").filter({ hasText: "bad-drill-1" });
    await expect.poll(() => refusal.count(), POLL).toBe(1);
    const message = (await refusal.textContent()) ?? "";
    expect(message).toContain("Kế hoạch diễn tập “bad-drill-1”");
    expect(message).toContain("Chưa có dữ liệu nào được thay đổi");
    expect(message).not.toMatch(/TypeError|is not iterable|undefined/);
    await drillTabWorks(page);

    await page.reload();
    await waitForMap(page);
    await drillTabWorks(page);
  }, E2E_TIMEOUT_MS);

  test("a malformed drill already stored is quarantined and listed, not rendered", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 13, lat: 18.33, lon: 105.45 });
    await storeRawRecord(page, "drills", BAD_DRILL);
    await page.reload();
    await waitForMap(page);
    await drillTabWorks(page);
    const panel = page.getByTestId("quarantine-panel");
    await expect.poll(() => panel.textContent(), POLL).toContain("bad-drill-1");
    expect(await panel.textContent()).toContain("Dữ liệu lỗi: 1 bản ghi");
    await page.screenshot({ path: "test-results/hostile-quarantine.png" });
  }, E2E_TIMEOUT_MS);

  test("two tabs editing one incident: the second save is a conflict with both values, the first edit is kept", async () => {
    const session = await browserProfiles.openProfile();
    const first = await session.newPage();
    const centre = samplePoint("command-post");
    await openApp(first, { zoom: 14, lat: centre.lat, lon: centre.lon });
    await recordIncident(first, "Gốc", "Gốc");
    const second = await session.newPage();
    await openApp(second, { zoom: 14, lat: centre.lat, lon: centre.lon });

    await openEditForm(first, "Gốc");
    await openEditForm(second, "Gốc");
    await first.getByLabel("Tiêu đề", { exact: true }).fill("Tiêu đề sửa ở tab 1");
    await first.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect.poll(() => first.getByRole("form", { name: "Sửa vụ việc" }).count(), POLL).toBe(0);

    await second.getByLabel("Mô tả", { exact: true }).fill("Mô tả sửa ở tab 2");
    await second.getByRole("button", { name: "Lưu", exact: true }).click();
    const conflict = second.getByTestId("edit-conflict");
    await expect.poll(() => conflict.count(), POLL).toBe(1);
    const shown = (await conflict.textContent()) ?? "";
    expect(shown).toContain("vừa được sửa ở nơi khác");
    expect(shown).toContain("Tiêu đề sửa ở tab 1");
    expect(shown).toContain("Mô tả sửa ở tab 2");
    await second.screenshot({ path: "test-results/hostile-edit-conflict.png" });

    // Nothing was overwritten: the first tab's title is what is stored.
    await expect.poll(() => first.getByRole("region", { name: "Danh sách vụ việc" }).textContent(), POLL).toContain("Tiêu đề sửa ở tab 1");
    // The second officer keeps their version on purpose: it is saved over the newer one, knowingly.
    await conflict.getByRole("button", { name: "Lưu bản của tôi đè lên" }).click();
    await expect.poll(() => second.getByRole("form", { name: "Sửa vụ việc" }).count(), POLL).toBe(0);
    await expect.poll(() => first.getByRole("region", { name: "Danh sách vụ việc" }).textContent(), POLL).toContain("Gốc");
  }, E2E_TIMEOUT_MS);
});
