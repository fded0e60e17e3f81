// Composes the printed map sheet on a canvas: classification line, title and
// subtitle, the captured map cropped to the frame, the coordinate grid with
// edge labels, north arrow, scale bar with the map scale, the Vietnamese
// legend, and a footer with the print date, grid system, phase and the
// sample-data notice.

import { computeGrid, crossing, type GridSystem } from "../../geo/print/print-grid";
import { sheetLayout, type Orientation, type PaperSize, type SheetLayout } from "../../geo/print/print-layout";
import { metresPerPixel, roundedScale, scaleBar, scaleDenominator } from "../../geo/print/print-scale";
import type { Viewport } from "../../geo/print/print-viewport";
import type { MapCapture } from "./print-capture";
import { fitText, setFont, wrapText } from "./print-sheet-text";

export interface LegendEntry {
  label: string;
  color: string;
  shape: "point" | "line" | "area";
}

export interface SheetOptions {
  paper: PaperSize;
  orientation: Orientation;
  title: string;
  subtitle: string;
  classification: string;
  phaseLabel: string;
  grid: GridSystem;
  /** Central meridian of the province's VN-2000 3° zone, for the VN-2000 grid (default Hà Tĩnh). */
  tm3Meridian?: number;
  legend: LegendEntry[];
  printedOn: Date;
  notice: string;
}

export interface ComposedSheet {
  canvas: HTMLCanvasElement;
  layout: SheetLayout;
  scaleDenominator: number;
}

/** The crop of the captured view (CSS px) that fills the frame's aspect ratio, centred. */
function cropView(view: Viewport, frameAspect: number): Viewport & { offsetX: number; offsetY: number } {
  const viewAspect = view.width / view.height;
  const width = viewAspect > frameAspect ? view.height * frameAspect : view.width;
  const height = viewAspect > frameAspect ? view.height : view.width / frameAspect;
  return { ...view, width, height, offsetX: (view.width - width) / 2, offsetY: (view.height - height) / 2 };
}

export function composeSheet(capture: MapCapture, options: SheetOptions): ComposedSheet {
  const layout = sheetLayout(options.paper, options.orientation);
  const canvas = document.createElement("canvas");
  canvas.width = layout.widthPx;
  canvas.height = layout.heightPx;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("Trình duyệt không hỗ trợ vẽ canvas 2D");
  const mm = layout.pxPerMm;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);

  // Header: classification, title, subtitle.
  const { header, mapFrame: frame, legend, footer } = layout;
  context.textBaseline = "top";
  context.textAlign = "center";
  context.fillStyle = "#b91c1c";
  setFont(context, 4.2 * mm, true);
  context.fillText(options.classification, header.x + header.width / 2, header.y);
  context.fillStyle = "#111827";
  setFont(context, 6 * mm, true);
  fitText(context, options.title.toUpperCase(), header.x + header.width / 2, header.y + 6 * mm, header.width);
  setFont(context, 3.6 * mm);
  fitText(context, options.subtitle, header.x + header.width / 2, header.y + 14.5 * mm, header.width);

  // Map, cropped to the frame.
  const crop = cropView(capture.view, frame.width / frame.height);
  const ratio = capture.pixelRatio;
  context.drawImage(capture.image, crop.offsetX * ratio, crop.offsetY * ratio, crop.width * ratio, crop.height * ratio, frame.x, frame.y, frame.width, frame.height);
  const cropViewport: Viewport = { ...capture.view, width: crop.width, height: crop.height };
  const toFrame = (x: number, y: number): [number, number] => [frame.x + (x / crop.width) * frame.width, frame.y + (y / crop.height) * frame.height];

  // Grid lines inside the frame, labels outside it.
  const grid = computeGrid(cropViewport, options.grid, options.tm3Meridian);
  context.save();
  context.beginPath();
  context.rect(frame.x, frame.y, frame.width, frame.height);
  context.clip();
  context.strokeStyle = "rgba(17, 24, 39, 0.55)";
  context.lineWidth = Math.max(1, 0.25 * mm);
  for (const line of grid.lines) {
    context.beginPath();
    line.points.forEach(([x, y], index) => {
      const [px, py] = toFrame(x, y);
      if (index === 0) context.moveTo(px, py);
      else context.lineTo(px, py);
    });
    context.stroke();
  }
  context.restore();
  setFont(context, 2.6 * mm);
  context.fillStyle = "#111827";
  for (const line of grid.lines) {
    if (line.axis === "easting") {
      const top = crossing(line.points, 1, 0);
      const bottom = crossing(line.points, 1, crop.height);
      context.textAlign = "center";
      if (top !== null) context.fillText(line.label, toFrame(top, 0)[0], frame.y - 3.6 * mm);
      if (bottom !== null) context.fillText(line.label, toFrame(bottom, 0)[0], frame.y + frame.height + 0.8 * mm);
    } else {
      const left = crossing(line.points, 0, 0);
      const right = crossing(line.points, 0, crop.width);
      context.textAlign = "right";
      if (left !== null) context.fillText(line.label, frame.x - 0.8 * mm, toFrame(0, left)[1] - 1.3 * mm);
      context.textAlign = "left";
      if (right !== null) context.fillText(line.label, frame.x + frame.width + 0.8 * mm, toFrame(0, right)[1] - 1.3 * mm);
    }
  }
  context.strokeStyle = "#111827";
  context.lineWidth = 0.5 * mm;
  context.strokeRect(frame.x, frame.y, frame.width, frame.height);

  drawNorthArrow(context, frame.x + frame.width - 12 * mm, frame.y + 6 * mm, mm);

  // Legend column: legend, scale, scale bar.
  const groundWidth = crop.width * metresPerPixel(capture.view.centerLat, capture.view.zoom);
  const denominator = scaleDenominator(groundWidth, layout.mapFrameWidthMm);
  let y = legend.y;
  const lx = legend.x + 3 * mm;
  context.textAlign = "left";
  setFont(context, 4 * mm, true);
  context.fillText("CHÚ GIẢI", lx, y);
  y += 7 * mm;
  setFont(context, 3 * mm);
  for (const entry of options.legend) {
    drawSwatch(context, entry, lx, y, mm);
    y = wrapText(context, entry.label, lx + 9 * mm, y, legend.width - 12 * mm, 4 * mm) + 1.2 * mm;
  }
  const bar = scaleBar(denominator, legend.width / mm - 10);
  let scaleY = legend.y + legend.height - 22 * mm;
  setFont(context, 3.6 * mm, true);
  context.fillText(`Tỉ lệ 1:${roundedScale(denominator).toLocaleString("vi-VN")}`, lx, scaleY);
  scaleY += 7 * mm;
  drawScaleBar(context, lx, scaleY, bar.lengthMm * mm, bar.label, mm);

  // Footer.
  context.textAlign = "left";
  context.fillStyle = "#111827";
  setFont(context, 2.8 * mm);
  const date = options.printedOn.toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });
  fitText(context, `Ngày in: ${date} · Giai đoạn: ${options.phaseLabel} · ${grid.caption}`, footer.x, footer.y + 1 * mm, footer.width);
  context.fillStyle = "#92400e";
  fitText(context, options.notice, footer.x, footer.y + 5 * mm, footer.width * 0.7);
  context.fillStyle = "#b91c1c";
  context.textAlign = "right";
  setFont(context, 3.4 * mm, true);
  context.fillText(options.classification, footer.x + footer.width, footer.y + 5 * mm);
  return { canvas, layout, scaleDenominator: denominator };
}

function drawSwatch(context: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, mm: number): void {
  context.save();
  context.fillStyle = entry.color;
  context.strokeStyle = entry.color;
  if (entry.shape === "point") {
    context.beginPath();
    context.arc(x + 3 * mm, y + 1.8 * mm, 1.8 * mm, 0, Math.PI * 2);
    context.fill();
  } else if (entry.shape === "line") {
    context.lineWidth = 1 * mm;
    context.beginPath();
    context.moveTo(x, y + 1.8 * mm);
    context.lineTo(x + 6.5 * mm, y + 1.8 * mm);
    context.stroke();
  } else {
    context.globalAlpha = 0.35;
    context.fillRect(x, y, 6.5 * mm, 3.6 * mm);
    context.globalAlpha = 1;
    context.lineWidth = 0.4 * mm;
    context.strokeRect(x, y, 6.5 * mm, 3.6 * mm);
  }
  context.restore();
}

function drawNorthArrow(context: CanvasRenderingContext2D, x: number, y: number, mm: number): void {
  context.save();
  context.fillStyle = "rgba(255,255,255,0.85)";
  context.beginPath();
  context.arc(x, y + 6 * mm, 6.5 * mm, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = "#111827";
  context.beginPath();
  context.moveTo(x, y + 1.5 * mm);
  context.lineTo(x + 3 * mm, y + 10 * mm);
  context.lineTo(x, y + 8 * mm);
  context.lineTo(x - 3 * mm, y + 10 * mm);
  context.closePath();
  context.fill();
  context.textAlign = "center";
  setFont(context, 3.2 * mm, true);
  context.fillText("B", x, y - 2.2 * mm);
  context.restore();
}

function drawScaleBar(context: CanvasRenderingContext2D, x: number, y: number, lengthPx: number, label: string, mm: number): void {
  const height = 1.6 * mm;
  const half = lengthPx / 2;
  context.fillStyle = "#111827";
  context.fillRect(x, y, half, height);
  context.strokeStyle = "#111827";
  context.lineWidth = 0.3 * mm;
  context.strokeRect(x, y, lengthPx, height);
  setFont(context, 2.8 * mm);
  context.textAlign = "left";
  context.fillText("0", x, y + height + 1 * mm);
  context.textAlign = "right";
  context.fillText(label, x + lengthPx, y + height + 1 * mm);
}
