// What an officer does in the Đồng bộ tab, for the sync end-to-end tests:
// connect a profile to the province server with its account and TOTP code,
// wait for the status line, read the device's IndexedDB.

import { readStoredRecords } from "./stored-records";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { POLL } from "./app-page";
import type { GuardedContext } from "./browser-session";
import { PASSWORD, totpCode } from "./sync-province-server";

export const SYNC_POLL = { timeout: 90_000, interval: 250 };

export async function connect(page: Page, serverUrl: string, account: { username: string; totpSecret: string }): Promise<void> {
  await page.getByRole("tab", { name: "Đồng bộ" }).click();
  const form = page.getByRole("form", { name: "Kết nối máy chủ tỉnh" });
  await form.getByLabel("Địa chỉ máy chủ").fill(serverUrl);
  await form.getByLabel("Tên đăng nhập").fill(account.username);
  await form.getByLabel("Mật khẩu").fill(PASSWORD);
  await form.getByLabel("Mã xác thực (6 chữ số)").fill(await totpCode(account.totpSecret));
  await form.getByRole("button", { name: "Kết nối" }).click();
  await expect.poll(() => page.getByRole("region", { name: "Phiên máy chủ tỉnh" }).count(), POLL).toBe(1);
}

export function statusLine(page: Page) {
  return page.getByTestId("sync-status");
}

export async function waitSynced(page: Page): Promise<void> {
  await expect.poll(() => statusLine(page).textContent(), SYNC_POLL).toMatch(/^Đã đồng bộ · lần cuối \d{2}:\d{2}/);
}

/** Every row of one IndexedDB table of the app, read in the page (sealed records opened with the test passphrase). */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return (await readStoredRecords(page, [table]))[table] as T[];
}

/**
 * Chromium logs every failed or 4xx answer of the province server ("Failed
 * to load resource": the server killed on purpose, a 412, a route an older
 * server lacks) as a console error. Those are the network's, expected here;
 * any other console error still fails the test.
 */
export function forgetServerFailuresInConsole(session: GuardedContext): void {
  const kept = session.consoleErrors.filter((message) => !/^Failed to load resource: (net::ERR_|the server responded with a status of (404|412|5\d\d))/.test(message));
  session.consoleErrors.splice(0, session.consoleErrors.length, ...kept);
}
