// VN-2000 conversions checked against an INDEPENDENT implementation written
// here from textbook formulas (geodetic ↔ ECEF, a 7-parameter Helmert in the
// position-vector convention solved exactly, and the Krüger n-series
// Transverse Mercator), not against proj4 itself. Both directions, < 1 m
// (in practice millimetres); the convention test shows the sign choice matters.

import { describe, expect, test } from "vitest";
import {
  VN2000_TOWGS84,
  vn2000GeographicToWgs84,
  vn2000GridToWgs84,
  wgs84ToVn2000Geographic,
  wgs84ToVn2000Grid,
  type Vn2000Grid,
} from "../../src/geo/coordinates/vn2000-projections";

// ---- reference implementation ------------------------------------------------
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;
const ARCSEC = RAD / 3600;
type Vec = [number, number, number];

function toEcef(lon: number, lat: number): Vec {
  const [phi, lambda] = [lat * RAD, lon * RAD];
  const n = A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  return [n * Math.cos(phi) * Math.cos(lambda), n * Math.cos(phi) * Math.sin(lambda), n * (1 - E2) * Math.sin(phi)];
}

function fromEcef([x, y, z]: Vec): { lon: number; lat: number } {
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - E2));
  for (let i = 0; i < 10; i++) {
    const n = A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
    const h = p / Math.cos(phi) - n;
    phi = Math.atan2(z, p * (1 - (E2 * n) / (n + h)));
  }
  return { lon: Math.atan2(y, x) / RAD, lat: phi / RAD };
}

/** Rotation matrix of the Helmert transform; `frame` flips the signs (coordinate-frame convention). */
function helmertMatrix(frame: boolean): number[][] {
  const sign = frame ? -1 : 1;
  const [rx, ry, rz] = [VN2000_TOWGS84[3], VN2000_TOWGS84[4], VN2000_TOWGS84[5]].map((r) => sign * r * ARCSEC);
  const m = 1 + VN2000_TOWGS84[6] * 1e-6;
  return [
    [m, -m * rz, m * ry],
    [m * rz, m, -m * rx],
    [-m * ry, m * rx, m],
  ];
}
const T: Vec = [VN2000_TOWGS84[0], VN2000_TOWGS84[1], VN2000_TOWGS84[2]];

function vn2000ToWgs84Ecef(v: Vec, frame = false): Vec {
  const r = helmertMatrix(frame);
  return [0, 1, 2].map((i) => T[i] + r[i][0] * v[0] + r[i][1] * v[1] + r[i][2] * v[2]) as Vec;
}

/** Exact inverse: solve R·v = w − T by Cramer's rule. */
function wgs84ToVn2000Ecef(w: Vec, frame = false): Vec {
  const r = helmertMatrix(frame);
  const b = [w[0] - T[0], w[1] - T[1], w[2] - T[2]];
  const det = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const d = det(r);
  return [0, 1, 2].map((column) => det(r.map((row, i) => row.map((value, j) => (j === column ? b[i] : value)))) / d) as Vec;
}

// Krüger series to n⁴ (Karney 2011), accurate to well under a millimetre within a UTM zone.
const N = F / (2 - F);
const AA = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const ALPHA = [N / 2 - (2 * N ** 2) / 3 + (5 * N ** 3) / 16 + (41 * N ** 4) / 180, (13 * N ** 2) / 48 - (3 * N ** 3) / 5 + (557 * N ** 4) / 1440, (61 * N ** 3) / 240 - (103 * N ** 4) / 140, (49561 * N ** 4) / 161280];
const BETA = [N / 2 - (2 * N ** 2) / 3 + (37 * N ** 3) / 96 - N ** 4 / 360, N ** 2 / 48 + N ** 3 / 15 - (437 * N ** 4) / 1440, (17 * N ** 3) / 480 - (37 * N ** 4) / 840, (4397 * N ** 4) / 161280];
const E = Math.sqrt(E2);

interface Grid { lon0: number; k0: number; falseEasting: number }
const GRIDS: Record<Vn2000Grid, Grid> = {
  tm3: { lon0: 105.5, k0: 0.9999, falseEasting: 500000 },
  utm48: { lon0: 105, k0: 0.9996, falseEasting: 500000 },
  utm49: { lon0: 111, k0: 0.9996, falseEasting: 500000 },
};

function tmForward(lon: number, lat: number, grid: Grid): { easting: number; northing: number } {
  const phi = lat * RAD;
  const dl = (lon - grid.lon0) * RAD;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E * Math.atanh(E * Math.sin(phi)));
  const xi = Math.atan2(t, Math.cos(dl));
  const eta = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let x = xi;
  let y = eta;
  ALPHA.forEach((a, index) => {
    const j = 2 * (index + 1);
    x += a * Math.sin(j * xi) * Math.cosh(j * eta);
    y += a * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  return { easting: grid.falseEasting + grid.k0 * AA * y, northing: grid.k0 * AA * x };
}

function tmInverse(easting: number, northing: number, grid: Grid): { lon: number; lat: number } {
  const xi = northing / (grid.k0 * AA);
  const eta = (easting - grid.falseEasting) / (grid.k0 * AA);
  let xi1 = xi;
  let eta1 = eta;
  BETA.forEach((b, index) => {
    const j = 2 * (index + 1);
    xi1 -= b * Math.sin(j * xi) * Math.cosh(j * eta);
    eta1 -= b * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  let phi = chi;
  for (let i = 0; i < 10; i++) {
    // Conformal → geodetic latitude by fixed-point iteration on the isometric latitude.
    phi = Math.asin(Math.tanh(Math.atanh(Math.sin(chi)) + E * Math.atanh(E * Math.sin(phi))));
  }
  return { lon: grid.lon0 + Math.atan2(Math.sinh(eta1), Math.cos(xi1)) / RAD, lat: phi / RAD };
}

function referenceWgs84ToGrid(lon: number, lat: number, grid: Vn2000Grid, frame = false) {
  const vn = fromEcef(wgs84ToVn2000Ecef(toEcef(lon, lat), frame));
  return tmForward(vn.lon, vn.lat, GRIDS[grid]);
}

function referenceGridToWgs84(easting: number, northing: number, grid: Vn2000Grid) {
  const vn = tmInverse(easting, northing, GRIDS[grid]);
  return fromEcef(vn2000ToWgs84Ecef(toEcef(vn.lon, vn.lat)));
}

function metresBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dy = (a.lat - b.lat) * 111_320;
  const dx = (a.lon - b.lon) * 111_320 * Math.cos(a.lat * RAD);
  return Math.hypot(dx, dy);
}
// -----------------------------------------------------------------------------

const VU_QUANG_POINTS = Object.freeze([
  { lon: 105.419444, lat: 18.308333 },
  { lon: 105.256, lat: 18.153 },
  { lon: 105.619, lat: 18.449 },
  { lon: 105.5, lat: 18.3 },
]);
const ZONE_49_POINT = Object.freeze({ lon: 108.22, lat: 16.07 }); // Đà Nẵng

describe("VN-2000 Hà Tĩnh 3° TM zone (central meridian 105°30′, k = 0.9999)", () => {
  test.each(VU_QUANG_POINTS)("WGS84 → VN-2000 grid matches the independent reference at %o", (point) => {
    const expected = referenceWgs84ToGrid(point.lon, point.lat, "tm3");
    const actual = wgs84ToVn2000Grid(point, "tm3");
    expect(Math.hypot(actual.easting - expected.easting, actual.northing - expected.northing)).toBeLessThan(0.05);
  });

  test.each(VU_QUANG_POINTS)("VN-2000 grid → WGS84 matches the independent reference at %o", (point) => {
    const grid = referenceWgs84ToGrid(point.lon, point.lat, "tm3");
    const expected = referenceGridToWgs84(grid.easting, grid.northing, "tm3");
    expect(metresBetween(vn2000GridToWgs84(grid, "tm3"), expected)).toBeLessThan(0.05);
    expect(metresBetween(vn2000GridToWgs84(grid, "tm3"), point)).toBeLessThan(0.05);
  });

  test("a point on the VN-2000 central meridian has easting 500 000 m exactly", () => {
    const onMeridian = vn2000GeographicToWgs84({ lon: 105.5, lat: 18.3 });
    expect(wgs84ToVn2000Grid(onMeridian, "tm3").easting).toBeCloseTo(500_000, 2);
  });

  test("the datum shift is the documented few hundred metres, and the geographic conversion round-trips", () => {
    const point = VU_QUANG_POINTS[0];
    const vn = wgs84ToVn2000Geographic(point);
    const shift = metresBetween(vn, point);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(400);
    expect(metresBetween(vn2000GeographicToWgs84(vn), point)).toBeLessThan(0.01);
  });

  test("the rotation convention is position-vector: the coordinate-frame reading lands measurably elsewhere", () => {
    const point = VU_QUANG_POINTS[0];
    const actual = wgs84ToVn2000Grid(point, "tm3");
    const frame = referenceWgs84ToGrid(point.lon, point.lat, "tm3", true);
    const difference = Math.hypot(actual.easting - frame.easting, actual.northing - frame.northing);
    expect(difference).toBeGreaterThan(0.1);
    expect(difference).toBeLessThan(1.5);
  });
});

describe("VN-2000 UTM zones 48N and 49N (k = 0.9996)", () => {
  test.each(VU_QUANG_POINTS)("zone 48 both ways at %o", (point) => {
    const expected = referenceWgs84ToGrid(point.lon, point.lat, "utm48");
    const actual = wgs84ToVn2000Grid(point, "utm48");
    expect(Math.hypot(actual.easting - expected.easting, actual.northing - expected.northing)).toBeLessThan(0.05);
    expect(metresBetween(vn2000GridToWgs84(expected, "utm48"), referenceGridToWgs84(expected.easting, expected.northing, "utm48"))).toBeLessThan(0.05);
  });

  test("zone 49 both ways (Đà Nẵng)", () => {
    const expected = referenceWgs84ToGrid(ZONE_49_POINT.lon, ZONE_49_POINT.lat, "utm49");
    const actual = wgs84ToVn2000Grid(ZONE_49_POINT, "utm49");
    expect(Math.hypot(actual.easting - expected.easting, actual.northing - expected.northing)).toBeLessThan(0.05);
    expect(metresBetween(vn2000GridToWgs84(actual, "utm49"), ZONE_49_POINT)).toBeLessThan(0.05);
  });
});
