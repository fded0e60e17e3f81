// The WGS84 ellipsoid and the few closed-form quantities the analysis needs
// (radii of curvature, meridian arc). Distances, areas, circles and buffers
// are computed on this ellipsoid, not on a sphere: at Vietnam's latitudes a
// spherical Earth is off by up to ~0.5 % north–south (DOMAIN.md §5).

export const WGS84_A = 6_378_137;
export const WGS84_F = 1 / 298.257223563;
export const WGS84_B = WGS84_A * (1 - WGS84_F);
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);

export const DEG = Math.PI / 180;

/** Radius of curvature in the prime vertical, N(φ), in metres. */
export function primeVerticalRadius(latDeg: number): number {
  const s = Math.sin(latDeg * DEG);
  return WGS84_A / Math.sqrt(1 - WGS84_E2 * s * s);
}

/** Radius of curvature in the meridian, M(φ), in metres. */
export function meridianRadius(latDeg: number): number {
  const s = Math.sin(latDeg * DEG);
  return (WGS84_A * (1 - WGS84_E2)) / Math.pow(1 - WGS84_E2 * s * s, 1.5);
}

const E4 = WGS84_E2 * WGS84_E2;
const E6 = E4 * WGS84_E2;
const M0 = 1 - WGS84_E2 / 4 - (3 * E4) / 64 - (5 * E6) / 256;
const M2 = (3 * WGS84_E2) / 8 + (3 * E4) / 32 + (45 * E6) / 1024;
const M4 = (15 * E4) / 256 + (45 * E6) / 1024;
const M6 = (35 * E6) / 3072;

/** Length of the meridian from the equator to latitude φ, in metres (series, sub-millimetre). */
export function meridianArc(latDeg: number): number {
  const p = latDeg * DEG;
  return WGS84_A * (M0 * p - M2 * Math.sin(2 * p) + M4 * Math.sin(4 * p) - M6 * Math.sin(6 * p));
}

/** Metres per degree of longitude and of latitude at a latitude (local scale). */
export function metresPerDegree(latDeg: number): { lon: number; lat: number } {
  return { lon: primeVerticalRadius(latDeg) * Math.cos(latDeg * DEG) * DEG, lat: meridianRadius(latDeg) * DEG };
}
