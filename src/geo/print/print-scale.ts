// Scale maths of a printed map: ground metres per screen pixel of a Web
// Mercator view (MapLibre's 512-pixel tiles), the map scale of the printed
// frame, and a scale bar of a round length (1, 2 or 5 × 10ⁿ m) that fits.

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE = 512;

export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** Scale denominator (the N of 1:N) when `groundWidthMetres` is printed on `paperWidthMm`. */
export function scaleDenominator(groundWidthMetres: number, paperWidthMm: number): number {
  return groundWidthMetres / (paperWidthMm / 1000);
}

/** A readable rounded scale for the sheet's caption: 1:24.873 → 25.000 (two significant digits). */
export function roundedScale(denominator: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(denominator) - 1);
  return Math.round(denominator / magnitude) * magnitude;
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar on paper. */
  lengthMm: number;
  label: string;
}

/** The longest round length whose bar is at most `maxLengthMm` long at scale 1:`denominator`. */
export function scaleBar(denominator: number, maxLengthMm: number): ScaleBar {
  const maxMetres = (maxLengthMm / 1000) * denominator;
  let metres = 10 ** Math.floor(Math.log10(maxMetres));
  for (const factor of [5, 2]) {
    if (metres * factor <= maxMetres) {
      metres *= factor;
      break;
    }
  }
  return { metres, lengthMm: (metres / denominator) * 1000, label: formatDistance(metres) };
}

export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString("vi-VN")} km` : `${metres.toLocaleString("vi-VN")} m`;
}
