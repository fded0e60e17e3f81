// Turns a composed sheet into files: PNG (the canvas as is) and PDF (jsPDF,
// one page of the chosen paper size with the sheet as a full-page image, so
// Vietnamese text prints exactly as composed, with no font embedding).

import type { ComposedSheet } from "./print-sheet";

export function sheetToPngBlob(sheet: ComposedSheet): Promise<Blob> {
  return new Promise((resolve, reject) =>
    sheet.canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("Không tạo được ảnh PNG"))), "image/png"),
  );
}

/** jsPDF is loaded on first use only, so it stays out of the app's start-up bundle. */
export async function sheetToPdfBlob(sheet: ComposedSheet, title: string): Promise<Blob> {
  const { jsPDF } = await import("jspdf");
  const { layout } = sheet;
  const pdf = new jsPDF({ orientation: layout.orientation, unit: "mm", format: layout.paper.toLowerCase(), compress: true });
  pdf.setProperties({ title, creator: "Bản đồ số quốc phòng – an ninh xã" });
  pdf.addImage(sheet.canvas, "PNG", 0, 0, layout.widthMm, layout.heightMm, undefined, "FAST");
  return pdf.output("blob");
}
