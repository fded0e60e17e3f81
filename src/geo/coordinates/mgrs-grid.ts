// MGRS grid references (the military's "tọa độ lưới"), on WGS84, with the
// `mgrs` package. Vietnam lies in grid zones 48–49, latitude bands P and Q
// (plus C…X elsewhere, refused later by the area check).

import * as mgrsModule from "mgrs";
import type { LonLat } from "../../domain/coordinate-systems";

// The package's "module" build has named exports (Vite uses it); Node reads its
// UMD "main", whose exports only appear under `default` (Vitest, tsx).
type MgrsLibrary = typeof mgrsModule;
const { forward, toPoint }: MgrsLibrary =
  "forward" in mgrsModule && typeof mgrsModule.forward === "function"
    ? mgrsModule
    : (mgrsModule as unknown as { default: MgrsLibrary }).default;

/** The raw MGRS string of a position, `accuracy` digits per axis (5 = 1 m, 0 = 100 km square). */
export function mgrsReference(lon: number, lat: number, accuracy: number): string {
  return forward([lon, lat], accuracy);
}

const MGRS_PATTERN = /^(\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z]{2})(\d*)$/;

/** "48Q WF 44290 24780" (1 m precision, grouped for reading aloud). */
export function formatMgrs({ lon, lat }: LonLat): string {
  const compact = forward([lon, lat], 5);
  const match = MGRS_PATTERN.exec(compact);
  if (!match) return compact;
  const [, zone, band, square, digits] = match;
  const half = digits.length / 2;
  return `${zone}${band} ${square} ${digits.slice(0, half)} ${digits.slice(half)}`;
}

/** True when the text looks like an MGRS reference (even if its digits are wrong). */
export function looksLikeMgrs(text: string): boolean {
  return /^\d{1,2}[A-Z][A-Z]{2}\d*$/.test(text.replace(/\s+/g, "").toUpperCase());
}

/** The centre of the referenced square, or a Vietnamese message. */
export function parseMgrs(text: string): { ok: true; position: LonLat } | { ok: false; message: string } {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const match = MGRS_PATTERN.exec(compact);
  if (!match) {
    return { ok: false, message: `"${text.trim()}" không phải tham chiếu MGRS hợp lệ (ví dụ: 48Q WF 44325 24349).` };
  }
  const digits = match[4];
  if (digits.length % 2 !== 0 || digits.length > 10) {
    return { ok: false, message: `Tham chiếu MGRS "${text.trim()}" phải có số chữ số Đông và Bắc bằng nhau (tối đa 5 + 5).` };
  }
  const zone = Number(match[1]);
  if (zone < 1 || zone > 60) return { ok: false, message: `Múi MGRS ${zone} không tồn tại (chỉ có 1–60).` };
  try {
    const [lon, lat] = toPoint(compact);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error("NaN");
    return { ok: true, position: { lon, lat } };
  } catch {
    return { ok: false, message: `Không đọc được tham chiếu MGRS "${text.trim()}": ô lưới ${match[3]} không có trong múi ${match[1]}${match[2]}.` };
  }
}
