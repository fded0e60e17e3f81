// An alert reaches the border station while online within 5 s, against the
// REAL provincial server (PostgreSQL + PostGIS, child process): the công an
// xã of commune A records a "Khẩn cấp" incident and shares it; the server's
// trigger raises the alert and pushes it on GET /sync/events to Đồn Biên
// phòng AB (another browser profile), whose banner shows it. The 5 s run
// from the moment the server acknowledged the commune's outbox batch (its
// answer to POST /sync/outbox reaching the commune's browser).

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { baseUrl, openApp, recordIncident, samplePoint } from "./app-page";
import { COMMUNE_A, startProvinceServer, type ProvinceServer } from "./sync-province-server";
import { SYNC_POLL, connect, forgetServerFailuresInConsole, readTable, waitSynced } from "./sync-steps";

const browserProfiles = guardedBrowserForFile();
const ALERT_WITHIN_MS = 5_000;
const TITLE = "Cháy rừng lan gần bản Khe";
let server: ProvinceServer;

beforeAll(async () => {
  server = await startProvinceServer(new URL(baseUrl()).origin);
}, 180_000);
afterAll(() => server?.stop());

const centre = samplePoint("command-post");
const alertBanner = (page: Page) => page.getByRole("alert", { name: "Cảnh báo" });

describe("alerts to the border station", () => {
  test("a commune's Khẩn cấp incident reaches the online border station as an alert within 5 s of the server's acknowledgement", async () => {
    const stationProfile = await browserProfiles.openProfile();
    const station = await stationProfile.newPage();
    await openApp(station, { zoom: 14, lat: centre.lat, lon: centre.lon });
    await connect(station, server.url, server.fixture.station);
    await waitSynced(station);
    expect(await alertBanner(station).count()).toBe(0);

    const communeProfile = await browserProfiles.openProfile();
    const commune = await communeProfile.newPage();
    await openApp(commune, { zoom: 14, lat: centre.lat, lon: centre.lon });
    await connect(commune, server.url, server.fixture.editorA);
    await waitSynced(commune);

    // The moment the server acknowledges the batch carrying the incident.
    const acknowledged = commune
      .waitForResponse((response) => response.url() === `${server.url}/sync/outbox` && response.request().method() === "POST" && response.ok(), { timeout: 90_000 })
      .then(() => Date.now());
    await recordIncident(commune, TITLE, "Cháy lan từ nương rẫy, cần hỗ trợ ngay.", true, "Khẩn cấp");
    const acknowledgedAt = await acknowledged;
    const outbox = await readTable<{ entity: string; state: string }>(commune, "outbox");
    expect(outbox.filter((entry) => entry.entity === "incident").map((entry) => entry.state)).toEqual(["sent"]);
    const [raised] = await server.query<{ kind: string; commune: string }>("select kind, commune_code as commune from alerts where title = $1", [TITLE]);
    expect(raised).toEqual({ kind: "khan-cap", commune: COMMUNE_A });

    // The station, online all along, shows it within 5 s of that acknowledgement.
    await alertBanner(station)
      .filter({ hasText: `Khẩn cấp: ${TITLE} (xã ${COMMUNE_A})` })
      .waitFor({ timeout: Math.max(1, acknowledgedAt + ALERT_WITHIN_MS - Date.now()) });
    await station.screenshot({ path: "test-results/border-alert.png" });

    // "Đã xem" closes it; it stays listed in the Đồng bộ tab.
    await alertBanner(station).getByRole("button", { name: "Đã xem" }).click();
    await expect.poll(() => alertBanner(station).count(), SYNC_POLL).toBe(0);
    expect(await station.getByRole("region", { name: "Cảnh báo" }).getByTestId("alert").allTextContents()).toEqual([expect.stringContaining(`Khẩn cấp: ${TITLE} (xã ${COMMUNE_A})`)]);
    [stationProfile, communeProfile].forEach(forgetServerFailuresInConsole);
  }, 400_000);
});
