// Fast VN-2000 → WGS84 for whole files (1 M positions well under a second):
// the same conversion as vn2000-zone.ts's proj4 converter, but on a flat
// [x0, y0, x1, y1, …] array in place, with the constants worked out once per
// call instead of per point. Inverse Transverse Mercator by Krüger's n-series
// to n⁶ (Karney 2011, sub-millimetre inside a zone; Clenshaw summation), then
// geodetic → geocentric,
// the 7-parameter Helmert shift VN2000_TOWGS84 in the position-vector
// convention (as proj4 reads +towgs84), and back with Bowring's formula
// (sub-millimetre at the Earth's surface). Heights are taken as zero, as proj4
// does for 2-D input. Tests compare it with proj4 point by point.

import { VN2000_TOWGS84 } from "./vn2000-projections";
import { WGS84_A, WGS84_E2, WGS84_F } from "../geodesy/wgs84-ellipsoid";
import type { Vn2000Crs } from "./vn2000-zone";

const DEG = Math.PI / 180;
const SECOND = DEG / 3600;
const n = WGS84_F / (2 - WGS84_F);
const n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
const RECTIFYING_RADIUS = (WGS84_A / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
const BETA = [
  n / 2 - (2 / 3) * n2 + (37 / 96) * n3 - (1 / 360) * n4 - (81 / 512) * n5 + (96199 / 604800) * n6,
  (1 / 48) * n2 + (1 / 15) * n3 - (437 / 1440) * n4 + (46 / 105) * n5 - (1118711 / 3870720) * n6,
  (17 / 480) * n3 - (37 / 840) * n4 - (209 / 4480) * n5 + (5569 / 90720) * n6,
  (4397 / 161280) * n4 - (11 / 504) * n5 - (830251 / 7257600) * n6,
  (4583 / 161280) * n5 - (108847 / 3991680) * n6,
  (20648693 / 638668800) * n6,
];
/** Conformal → geodetic latitude series. */
const DELTA = [
  2 * n - (2 / 3) * n2 - 2 * n3 + (116 / 45) * n4 + (26 / 45) * n5 - (2854 / 675) * n6,
  (7 / 3) * n2 - (8 / 5) * n3 - (227 / 45) * n4 + (2704 / 315) * n5 + (2323 / 945) * n6,
  (56 / 15) * n3 - (136 / 35) * n4 - (1262 / 105) * n5 + (73814 / 2835) * n6,
  (4279 / 630) * n4 - (332 / 35) * n5 - (399572 / 14175) * n6,
  (4174 / 315) * n5 - (144838 / 6237) * n6,
  (601676 / 22275) * n6,
];
const B = WGS84_A * (1 - WGS84_F);
const EP2 = (WGS84_A * WGS84_A - B * B) / (B * B);

/**
 * Inverse TM of one point → [lonRad, latRad] written into out. The two
 * Krüger sums are evaluated by Clenshaw summation (complex for ζ = ξ + iη,
 * real for the latitude), so each point costs a handful of transcendental
 * calls instead of two dozen.
 */
function inverseTransverseMercator(easting: number, northing: number, crs: Extract<Vn2000Crs, { kind: "vn2000-tm" }>, out: Float64Array): void {
  const xi = northing / (crs.scale * RECTIFYING_RADIUS);
  const eta = (easting - crs.falseEasting) / (crs.scale * RECTIFYING_RADIUS);
  const sin2xi = Math.sin(2 * xi), cos2xi = Math.cos(2 * xi);
  const exp2eta = Math.exp(2 * eta);
  const sinh2eta = (exp2eta - 1 / exp2eta) / 2, cosh2eta = (exp2eta + 1 / exp2eta) / 2;
  // a = 2·cos(2ζ); Σ βj sin(2jζ) = b1 · sin(2ζ) with b_j = a·b_{j+1} − b_{j+2} + βj.
  const aRe = 2 * cos2xi * cosh2eta, aIm = -2 * sin2xi * sinh2eta;
  let b1Re = 0, b1Im = 0, b2Re = 0, b2Im = 0;
  for (let j = 5; j >= 0; j--) {
    const re = aRe * b1Re - aIm * b1Im - b2Re + BETA[j];
    const im = aRe * b1Im + aIm * b1Re - b2Im;
    b2Re = b1Re; b2Im = b1Im; b1Re = re; b1Im = im;
  }
  const sinZetaRe = sin2xi * cosh2eta, sinZetaIm = cos2xi * sinh2eta;
  const xiPrime = xi - (b1Re * sinZetaRe - b1Im * sinZetaIm);
  const etaPrime = eta - (b1Re * sinZetaIm + b1Im * sinZetaRe);
  const expEta = Math.exp(etaPrime);
  const sinhEta = (expEta - 1 / expEta) / 2, coshEta = (expEta + 1 / expEta) / 2;
  const chi = Math.asin(Math.sin(xiPrime) / coshEta);
  // φ = χ + Σ δj sin(2jχ), real Clenshaw with 2·cos(2χ).
  const twoCos = 2 * Math.cos(2 * chi);
  let c1 = 0, c2 = 0;
  for (let j = 5; j >= 0; j--) {
    const c = twoCos * c1 - c2 + DELTA[j];
    c2 = c1; c1 = c;
  }
  out[0] = crs.centralMeridian * DEG + Math.atan2(sinhEta, Math.cos(xiPrime));
  out[1] = chi + c1 * Math.sin(2 * chi);
}

/**
 * Converts VN-2000 positions to WGS84 lon/lat degrees in place. `flat` holds
 * easting, northing pairs (or VN-2000 lon, lat degrees for the geographic CRS).
 */
export function vn2000ToWgs84InPlace(flat: Float64Array | number[], crs: Vn2000Crs): void {
  const [tx, ty, tz, rxSeconds, rySeconds, rzSeconds, ppm] = VN2000_TOWGS84;
  const rx = rxSeconds * SECOND, ry = rySeconds * SECOND, rz = rzSeconds * SECOND;
  const scale = 1 + ppm * 1e-6;
  const geodetic = new Float64Array(2);
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (crs.kind === "vn2000-tm") inverseTransverseMercator(flat[i], flat[i + 1], crs, geodetic);
    else { geodetic[0] = flat[i] * DEG; geodetic[1] = flat[i + 1] * DEG; }
    const lon = geodetic[0], lat = geodetic[1];
    const sinLat = Math.sin(lat), cosLat = Math.cos(lat);
    const primeVertical = WGS84_A / Math.sqrt(1 - WGS84_E2 * sinLat * sinLat);
    const x = primeVertical * cosLat * Math.cos(lon);
    const y = primeVertical * cosLat * Math.sin(lon);
    const z = primeVertical * (1 - WGS84_E2) * sinLat;
    // Position vector: X' = T + s·R·X, R = [[1, −rz, ry], [rz, 1, −rx], [−ry, rx, 1]].
    const x2 = tx + scale * (x - rz * y + ry * z);
    const y2 = ty + scale * (rz * x + y - rx * z);
    const z2 = tz + scale * (-ry * x + rx * y + z);
    const p = Math.sqrt(x2 * x2 + y2 * y2);
    const theta = Math.atan2(z2 * WGS84_A, p * B);
    const sinTheta = Math.sin(theta), cosTheta = Math.cos(theta);
    const latWgs = Math.atan2(z2 + EP2 * B * sinTheta * sinTheta * sinTheta, p - WGS84_E2 * WGS84_A * cosTheta * cosTheta * cosTheta);
    flat[i] = Math.atan2(y2, x2) / DEG;
    flat[i + 1] = latWgs / DEG;
  }
}
