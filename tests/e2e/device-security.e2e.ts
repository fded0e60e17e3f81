// Security on the device (issue #16), as a person meets it: the passphrase
// set on first start, an incident stored so that a copied profile does not
// reveal it (every IndexedDB value, Cache Storage entry and localStorage
// item searched as bytes in every encoding), "Khóa" and unlocking, a wrong
// passphrase refused in Vietnamese, the waiting time after five wrong ones
// surviving a reload, a second tab asking for itself and locked with the
// first, and the idle lock.

import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { baseUrl, leaveLockScreenToTest, openApp, POLL, recordIncident, TEST_PASSPHRASE, waitForMap } from "./app-page";
import { dumpProfile, encodingsOf } from "./profile-dump";

const browserProfiles = guardedBrowserForFile();

const lockForm = (page: Page) => page.getByRole("form", { name: "Mở khóa" });
const alertText = (page: Page) => page.getByRole("alert").allTextContents();

async function typePassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel("Mật khẩu", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Mở khóa" }).click();
}

async function incidentTitles(page: Page): Promise<string[]> {
  await page.getByRole("tab", { name: "Vụ việc" }).click();
  return page.getByRole("region", { name: "Danh sách vụ việc" }).getByRole("listitem").allTextContents();
}

describe("security on the device", () => {
  test("an incident is stored sealed: its title is nowhere in the profile; after Khóa a wrong passphrase is refused and the right one brings it back", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await page.goto(baseUrl());
    // First start: the passphrase comes before anything else, with its rule said plainly.
    await expect.poll(() => page.getByText("ít nhất 8 ký tự", { exact: false }).first().isVisible(), POLL).toBe(true);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("12345");
    await page.getByLabel("Nhập lại mật khẩu", { exact: true }).fill("12345");
    await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
    await expect.poll(() => alertText(page), POLL).toEqual(["Mã PIN cần ít nhất 6 chữ số (mới có 5)."]);
    await openApp(page);

    const marker = `Dấu vết ${randomUUID().slice(0, 8)} Quỳnh Lưu`;
    await recordIncident(page, marker, `Người liên quan: ${marker}`);
    await expect.poll(async () => (await incidentTitles(page)).some((title) => title.includes(marker)), POLL).toBe(true);

    const dump = await dumpProfile(page);
    // The dump is real: it holds the sealed records, their clear index fields and the keyring.
    for (const expected of ["store incidents", "store outbox", "_sealed", "updatedAt", "device-keyring"]) expect(dump.includes(Buffer.from(expected)), expected).toBe(true);
    for (const form of encodingsOf(marker)) expect(dump.includes(form.bytes), `the marker in ${form.name}`).toBe(false);

    await page.getByRole("button", { name: "Khóa", exact: true }).click();
    leaveLockScreenToTest(page);
    await lockForm(page).waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain(marker);
    await typePassphrase(page, "không phải mật khẩu");
    await expect.poll(() => alertText(page), { ...POLL, timeout: 30_000 }).toEqual(["Mật khẩu không đúng. Còn 3 lần thử trước khi phải chờ."]);
    expect(await lockForm(page).isVisible()).toBe(true);
    await typePassphrase(page, TEST_PASSPHRASE);
    await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
    await expect.poll(async () => (await incidentTitles(page)).some((title) => title.includes(marker)), POLL).toBe(true);
  });

  test("a second tab asks for the passphrase itself, and Khóa in one tab locks both", async () => {
    const session = await browserProfiles.openProfile();
    const first = await session.newPage();
    await openApp(first);
    const second = await session.newPage();
    leaveLockScreenToTest(second);
    await second.goto(baseUrl());
    await lockForm(second).waitFor({ timeout: 30_000 });
    await typePassphrase(second, TEST_PASSPHRASE);
    await second.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
    leaveLockScreenToTest(first);
    await second.getByRole("button", { name: "Khóa", exact: true }).click();
    await lockForm(first).waitFor({ timeout: 30_000 });
    await lockForm(second).waitFor({ timeout: 30_000 });
  });

  test("five wrong passphrases make the next try wait, a reload does not reset the wait, and Quên mật khẩu wipes the device", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page);
    leaveLockScreenToTest(page);
    await page.reload();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await lockForm(page).waitFor({ timeout: 30_000 });
      await typePassphrase(page, `sai lần thứ ${attempt}`);
      await expect.poll(() => page.getByLabel("Mật khẩu", { exact: true }).inputValue(), { ...POLL, timeout: 30_000 }).toBe("");
    }
    await expect.poll(async () => (await alertText(page)).join(" "), POLL).toMatch(/Đã nhập sai 5 lần\. Thử lại sau (30|29|28|27|26|25) giây\./);
    expect(await page.getByRole("button", { name: "Mở khóa" }).isDisabled()).toBe(true);
    await page.reload();
    await lockForm(page).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await alertText(page)).join(" "), POLL).toMatch(/Đã nhập sai 5 lần\. Thử lại sau \d+ giây\./);
    expect(await page.getByLabel("Mật khẩu", { exact: true }).isDisabled()).toBe(true);

    // "Quên mật khẩu" can only wipe: said plainly, confirmed, then the device starts over.
    await page.getByRole("button", { name: "Quên mật khẩu?" }).click();
    expect(await page.getByRole("group", { name: "Quên mật khẩu" }).textContent()).toContain("xóa toàn bộ dữ liệu trên máy này");
    expect(await page.getByRole("button", { name: "Xóa toàn bộ dữ liệu trên máy" }).isDisabled()).toBe(true);
    await page.getByLabel("Tôi hiểu: dữ liệu trên máy sẽ bị xóa vĩnh viễn").check();
    await page.getByRole("button", { name: "Xóa toàn bộ dữ liệu trên máy" }).click();
    await page.getByRole("button", { name: "Đặt mật khẩu" }).waitFor({ timeout: 30_000 });
    const left = await page.evaluate(async () => ({ databases: (await indexedDB.databases()).map((database) => database.name), keyring: localStorage.getItem("device-keyring") }));
    expect(left).toEqual({ databases: expect.not.arrayContaining(["ban-do-quoc-phong-an-ninh-xa"]), keyring: null });
  });

  test("left alone for the chosen minute, the app locks itself", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page);
    await page.getByRole("button", { name: "Bảo mật" }).click();
    await page.getByLabel("Tự khóa sau", { exact: false }).fill("1");
    leaveLockScreenToTest(page);
    await lockForm(page).waitFor({ timeout: 100_000 });
    await typePassphrase(page, TEST_PASSPHRASE);
    await waitForMap(page);
  }, 180_000);
});
