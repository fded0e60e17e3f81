// Layout of a printed map sheet (A4/A3, portrait or landscape) in millimetres
// and in pixels at the print resolution: header (classification, title,
// subtitle), the map frame with room for grid labels, the legend column on
// the right, and the footer (date, grid, phase, sample notice).

export type PaperSize = "A4" | "A3";
export type Orientation = "landscape" | "portrait";

const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export const PRINT_DPI = 150;
const MARGIN_MM = 10;
const HEADER_MM = 24;
const FOOTER_MM = 12;
const GRID_LABEL_MM = 5;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetLayout {
  paper: PaperSize;
  orientation: Orientation;
  widthMm: number;
  heightMm: number;
  /** Pixels per millimetre at PRINT_DPI. */
  pxPerMm: number;
  widthPx: number;
  heightPx: number;
  /** In pixels. */
  header: Box;
  mapFrame: Box;
  legend: Box;
  footer: Box;
  mapFrameWidthMm: number;
  mapFrameHeightMm: number;
}

export function pageSizeMm(paper: PaperSize, orientation: Orientation): [number, number] {
  const [short, long] = PAPER_MM[paper];
  return orientation === "landscape" ? [long, short] : [short, long];
}

export function sheetLayout(paper: PaperSize, orientation: Orientation, dpi = PRINT_DPI): SheetLayout {
  const [widthMm, heightMm] = pageSizeMm(paper, orientation);
  const pxPerMm = dpi / 25.4;
  const legendMm = orientation === "landscape" ? (paper === "A3" ? 80 : 62) : paper === "A3" ? 70 : 55;
  const mapWidthMm = widthMm - 2 * MARGIN_MM - legendMm - 2 * GRID_LABEL_MM - 4;
  const mapHeightMm = heightMm - 2 * MARGIN_MM - HEADER_MM - FOOTER_MM - 2 * GRID_LABEL_MM;
  const px = (mm: number) => Math.round(mm * pxPerMm);
  return {
    paper,
    orientation,
    widthMm,
    heightMm,
    pxPerMm,
    widthPx: px(widthMm),
    heightPx: px(heightMm),
    header: { x: px(MARGIN_MM), y: px(MARGIN_MM), width: px(widthMm - 2 * MARGIN_MM), height: px(HEADER_MM) },
    mapFrame: { x: px(MARGIN_MM + GRID_LABEL_MM), y: px(MARGIN_MM + HEADER_MM + GRID_LABEL_MM), width: px(mapWidthMm), height: px(mapHeightMm) },
    legend: { x: px(widthMm - MARGIN_MM - legendMm), y: px(MARGIN_MM + HEADER_MM), width: px(legendMm), height: px(mapHeightMm + 2 * GRID_LABEL_MM) },
    footer: { x: px(MARGIN_MM), y: px(heightMm - MARGIN_MM - FOOTER_MM), width: px(widthMm - 2 * MARGIN_MM), height: px(FOOTER_MM) },
    mapFrameWidthMm: mapWidthMm,
    mapFrameHeightMm: mapHeightMm,
  };
}
