// A photo's capture stamp as the app sends it with the metadata
// (src/domain/photo-capture.ts): an ISO time, and the device position with
// its accuracy in metres or null. Anything else is refused in Vietnamese;
// absent means not known.

import type { PhotoCapture } from "../../../src/domain/photo-capture";
import { unprocessable } from "../http/problem";

const INVALID = "Thời điểm và vị trí chụp ảnh (capture) không hợp lệ: cần capturedAt (thời gian ISO) và position (kinh độ, vĩ độ, sai số mét) hoặc null.";

const finiteIn = (value: unknown, min: number, max: number): value is number => typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;

export function parsePhotoCapture(value: unknown): PhotoCapture | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) throw unprocessable(INVALID);
  const { capturedAt, position } = value as Record<string, unknown>;
  if (typeof capturedAt !== "string" || capturedAt.length > 40 || Number.isNaN(Date.parse(capturedAt))) throw unprocessable(INVALID);
  if (position === null || position === undefined) return { capturedAt, position: null };
  if (typeof position !== "object" || Array.isArray(position)) throw unprocessable(INVALID);
  const { lon, lat, accuracyMetres } = position as Record<string, unknown>;
  if (!finiteIn(lon, -180, 180) || !finiteIn(lat, -90, 90) || !finiteIn(accuracyMetres, 0, 1e7)) throw unprocessable(INVALID);
  return { capturedAt, position: { lon, lat, accuracyMetres } };
}
