// Limits for photos attached to a record (an incident, a marker inspection),
// with the Vietnamese message the officer sees when a photo is refused.
// Photos are resized (longest side 1,600 px, JPEG) before they are stored, so
// a phone's 12 MB picture takes a few hundred kB of the device's storage.

import { formatMegabytes } from "./byte-sizes";

export const MAX_PHOTO_INPUT_BYTES = 20 * 1024 * 1024;
export const MAX_STORED_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_PHOTOS_PER_RECORD = 10;
export const PHOTO_MAX_SIDE_PX = 1600;

/** Checks a picked file before decoding it; null when acceptable. `recordName`: what the photos belong to ("vụ việc", "lượt kiểm tra"). */
export function photoInputProblem(file: { name: string; type: string; size: number }, alreadyAttached: number, recordName: string): string | null {
  if (alreadyAttached >= MAX_PHOTOS_PER_RECORD) return `Mỗi ${recordName} đính kèm tối đa ${MAX_PHOTOS_PER_RECORD} ảnh; "${file.name}" chưa được thêm.`;
  if (!file.type.startsWith("image/")) return `Tệp "${file.name}" không phải ảnh (chỉ nhận JPEG, PNG, WebP…).`;
  if (file.size > MAX_PHOTO_INPUT_BYTES) {
    return `Ảnh "${file.name}" quá lớn (${formatMegabytes(file.size)}): chỉ nhận ảnh tối đa ${formatMegabytes(MAX_PHOTO_INPUT_BYTES)}.`;
  }
  return null;
}

/** Checks the resized photo; null when acceptable. */
export function storedPhotoProblem(name: string, bytes: number): string | null {
  if (bytes > MAX_STORED_PHOTO_BYTES) return `Ảnh "${name}" sau khi thu nhỏ vẫn quá lớn (${formatMegabytes(bytes)}); hãy chọn ảnh khác.`;
  return null;
}
