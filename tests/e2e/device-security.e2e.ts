// Security on the device (issue #16), as a person meets it: the passphrase
// set on first start, an incident stored so that a copied profile does not
// reveal it (every IndexedDB value, Cache Storage entry and localStorage
// item searched as bytes in every encoding), "Khóa" and unlocking, a wrong
// passphrase refused in Vietnamese, the waiting time after five wrong ones
// surviving a reload, a second tab asking for itself and locked with the
// first, the idle lock, Khóa during a long import (covered at once, the
// import finished and kept), and the passkey (WebAuthn PRF, on Chromium's
// virtual authenticator) as a second way to unlock.

import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { baseUrl, chooseSampleOnFirstStart, importFile, leaveLockScreenToTest, openApp, POLL, recordIncident, TEST_PASSPHRASE, waitForMap } from "./app-page";
import { nationalCommunes } from "../../scripts/bench-data/national-communes";
import { dumpProfile, encodingsOf } from "./profile-dump";

const browserProfiles = guardedBrowserForFile();

const lockForm = (page: Page) => page.getByRole("form", { name: "Mở khóa" });
const alertText = (page: Page) => page.getByRole("alert").allTextContents();

async function typePassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel("Mật khẩu", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Mở khóa", exact: true }).click();
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
    expect(await page.getByRole("button", { name: "Mở khóa", exact: true }).isDisabled()).toBe(true);
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

  test("Khóa during a long import covers the screen at once, lets the import finish, then locks; the layer is there after unlocking", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page);
    await importFile(page, "xa-toan-quoc.geojson", nationalCommunes(25));
    await page.getByRole("progressbar", { name: "Tiến độ nhập “xa-toan-quoc.geojson”" }).waitFor({ timeout: 30_000 });
    leaveLockScreenToTest(page);
    await page.getByRole("button", { name: "Khóa", exact: true }).click();
    const covering = page.getByRole("alertdialog", { name: "Đang khóa" });
    await covering.waitFor({ timeout: 5_000 });
    expect(await covering.textContent()).toContain("Đang hoàn tất: Nhập, xuất dữ liệu");
    expect(await lockForm(page).isVisible()).toBe(false);
    // Everything but the cover is out of reach (inert) meanwhile.
    expect(await page.evaluate(() => [...document.body.children].filter((element) => element.getAttribute("role") !== "alertdialog").every((element) => element.hasAttribute("inert")))).toBe(true);
    await lockForm(page).waitFor({ timeout: 150_000 });
    await typePassphrase(page, TEST_PASSPHRASE);
    await waitForMap(page);
    await expect.poll(() => page.getByRole("checkbox", { name: "xa-toan-quoc", exact: true }).count(), POLL).toBe(1);
  }, 300_000);

  test("where a passkey with PRF is available, Bảo mật offers it; once added, the lock screen opens with it and the data is there", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    // WebAuthn needs a domain name as relying party: the app by "localhost" (by 127.0.0.1 no passkey is offered).
    await page.goto(baseUrl().replace("127.0.0.1", "localhost"));
    await chooseSampleOnFirstStart(page);
    await waitForMap(page);
    const marker = `Passkey ${randomUUID().slice(0, 8)}`;
    await recordIncident(page, marker);
    const settings = page.getByRole("button", { name: "Bảo mật" });
    const addPasskey = page.getByRole("form", { name: "Thêm passkey" });
    // No authenticator yet: nothing is offered.
    await settings.click();
    await page.getByRole("form", { name: "Đổi mật khẩu" }).waitFor();
    await page.waitForTimeout(500);
    expect(await addPasskey.count()).toBe(0);
    await settings.click();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true, automaticPresenceSimulation: true },
    });
    await settings.click();
    await addPasskey.waitFor({ timeout: 10_000 });
    await addPasskey.getByLabel("Mật khẩu hiện tại").fill("không phải mật khẩu");
    await addPasskey.getByRole("button", { name: "Thêm passkey" }).click();
    await expect.poll(() => alertText(page), { ...POLL, timeout: 30_000 }).toContain("Mật khẩu hiện tại không đúng.");
    await addPasskey.getByLabel("Mật khẩu hiện tại").fill(TEST_PASSPHRASE);
    await addPasskey.getByRole("button", { name: "Thêm passkey" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Bảo mật thiết bị" }).locator('[role="status"], [role="alert"]').allTextContents(), { ...POLL, timeout: 60_000 }).toContain("Đã thêm passkey. Lần mở khóa sau có thể dùng passkey của thiết bị.");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("device-keyring") ?? "{}").passkey as Record<string, string>);
    expect(Object.keys(stored).sort()).toEqual(["credentialId", "prfSalt", "wrapIv", "wrappedKey"]);

    leaveLockScreenToTest(page);
    await page.getByRole("button", { name: "Khóa", exact: true }).click();
    await lockForm(page).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Mở khóa bằng passkey" }).click();
    await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
    await expect.poll(async () => (await incidentTitles(page)).some((title) => title.includes(marker)), POLL).toBe(true);

    // A passkey that no longer answers (user verification fails) is refused in Vietnamese; the passphrase still opens.
    expect((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials).toHaveLength(1);
    await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: false });
    await page.getByRole("button", { name: "Khóa", exact: true }).click();
    await lockForm(page).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Mở khóa bằng passkey" }).click();
    await expect.poll(() => alertText(page), { ...POLL, timeout: 60_000 }).toEqual([expect.stringContaining("Không xác thực được bằng passkey")]);
    await typePassphrase(page, TEST_PASSPHRASE);
    await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 120_000 });
  }, 300_000);
});
