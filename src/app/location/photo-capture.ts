// Stamps a photo as it comes in: capture time from EXIF (else the file's
// lastModified), and the device position when a fresh fix is known. Reads
// only the first 128 KB, where a camera writes its EXIF block.

import type { PhotoCapture } from "../../domain/photo-capture";
import { exifDateTimeOriginal } from "../../io/exif-date-time";
import { freshFix } from "./device-position";

const EXIF_HEAD_BYTES = 128 * 1024;

export async function photoCapture(file: File, now = Date.now()): Promise<PhotoCapture> {
  let taken: Date | null = null;
  try {
    taken = exifDateTimeOriginal(await file.slice(0, EXIF_HEAD_BYTES).arrayBuffer());
  } catch {
    taken = null;
  }
  const fix = freshFix(now);
  return {
    capturedAt: (taken ?? new Date(file.lastModified || now)).toISOString(),
    position: fix ? { lon: fix.lon, lat: fix.lat, accuracyMetres: fix.accuracyMetres } : null,
  };
}
