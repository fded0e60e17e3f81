// MGRS: the published examples of the proj4js/mgrs project, and points in
// Vũ Quang checked against an independent WGS84 UTM computation (the grid
// digits of an MGRS reference are the UTM easting/northing modulo 100 km).

import { describe, expect, test } from "vitest";
import { formatMgrs, parseMgrs } from "../../src/geo/coordinates/mgrs-grid";

const RAD = Math.PI / 180;

/** UTM on WGS84 with the classic Snyder series (USGS PP 1395, eq. 8-9…8-11), independent of the library. */
function referenceUtm(lon: number, lat: number, zone: number): { easting: number; northing: number } {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const e2 = f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const k0 = 0.9996;
  const phi = lat * RAD;
  const n = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const t = Math.tan(phi) ** 2;
  const c = ep2 * Math.cos(phi) ** 2;
  const aa = Math.cos(phi) * (lon - (zone * 6 - 183)) * RAD;
  const m =
    a *
    ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi -
      ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi) +
      ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi) -
      ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const easting = 500000 + k0 * n * (aa + ((1 - t + c) * aa ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * ep2) * aa ** 5) / 120);
  const northing =
    k0 * (m + n * Math.tan(phi) * (aa ** 2 / 2 + ((5 - t + 9 * c + 4 * c * c) * aa ** 4) / 24 + ((61 - 58 * t + t * t + 600 * c - 330 * ep2) * aa ** 6) / 720));
  return { easting, northing };
}

function metresBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return Math.hypot((a.lat - b.lat) * 111_320, (a.lon - b.lon) * 111_320 * Math.cos(a.lat * RAD));
}

describe("published MGRS examples (proj4js/mgrs test suite)", () => {
  test("33UXP04 is near 16.41450°E 48.24949°N", () => {
    const result = parseMgrs("33UXP04");
    if (!result.ok) throw new Error(result.message);
    expect(result.position.lon).toBeCloseTo(16.4145, 5);
    expect(result.position.lat).toBeCloseTo(48.24949, 5);
    expect(formatMgrs(result.position)).toBe("33U XP 05004 44997");
  });

  test("-115.0820944, 36.2361322 is 11SPA7234911844", () => {
    expect(formatMgrs({ lon: -115.0820944, lat: 36.2361322 })).toBe("11S PA 72349 11844");
    const back = parseMgrs("11SPA7234911844");
    if (!back.ok) throw new Error(back.message);
    expect(metresBetween(back.position, { lon: -115.0820944, lat: 36.2361322 })).toBeLessThan(1);
  });
});

describe("MGRS in Vũ Quang (zone 48Q)", () => {
  const points = Object.freeze([
    { lon: 105.419444, lat: 18.308333 },
    { lon: 105.3, lat: 18.2 },
    { lon: 105.6, lat: 18.44 },
  ]);

  test.each(points)("the grid digits agree with an independent UTM computation at %o", (point) => {
    const text = formatMgrs(point);
    expect(text).toMatch(/^48Q [A-Z]{2} \d{5} \d{5}$/);
    const [, , east, north] = text.split(" ");
    const utm = referenceUtm(point.lon, point.lat, 48);
    expect(Math.abs(Number(east) - (utm.easting % 100_000))).toBeLessThan(1);
    expect(Math.abs(Number(north) - (utm.northing % 100_000))).toBeLessThan(1);
  });

  test.each(points)("MGRS → WGS84 comes back within 1 m at %o", (point) => {
    const back = parseMgrs(formatMgrs(point));
    if (!back.ok) throw new Error(back.message);
    expect(metresBetween(back.position, point)).toBeLessThan(1);
  });
});

describe("bad MGRS references", () => {
  test.each([
    ["48Q WF 4429 24780", "bằng nhau"],
    ["48QWF123456789012", "bằng nhau"],
    ["48I WF 44290 24780", "không phải tham chiếu MGRS"],
    ["61Q WF 44290 24780", "không tồn tại"],
  ])("%s is refused in Vietnamese", (text, fragment) => {
    const result = parseMgrs(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });
});
