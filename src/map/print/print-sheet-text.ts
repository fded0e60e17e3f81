// Text drawing helpers for the printed sheet (canvas 2D, Noto Sans bundled
// with the app, so Vietnamese diacritics print without any network).

export const PRINT_FONT = '"Noto Sans", system-ui, sans-serif';

export async function ensurePrintFonts(): Promise<void> {
  await Promise.all([document.fonts.load(`16px ${PRINT_FONT}`, "Bản đồ Việt"), document.fonts.load(`bold 16px ${PRINT_FONT}`, "Bản đồ Việt")]);
}

export function setFont(context: CanvasRenderingContext2D, sizePx: number, bold = false): void {
  context.font = `${bold ? "bold " : ""}${Math.round(sizePx)}px ${PRINT_FONT}`;
}

/** Draws text cut to fit `maxWidth`, with an ellipsis. */
export function fitText(context: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number): void {
  let shown = text;
  while (shown.length > 1 && context.measureText(shown).width > maxWidth) shown = shown.slice(0, -2) + "…";
  context.fillText(shown, x, y);
}

/** Wraps text into lines no wider than `maxWidth`; returns the y after the last line. */
export function wrapText(context: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, lineHeight: number): number {
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > maxWidth && line) {
      context.fillText(line, x, y);
      y += lineHeight;
      line = word;
    } else line = candidate;
  }
  if (line) context.fillText(line, x, y);
  return y + lineHeight;
}
