// The capture time of a camera photo: EXIF DateTimeOriginal read from a JPEG's
// APP1 block in both byte orders, as local time; anything else gives null
// (no EXIF, no tag, a PNG, truncated bytes) and never throws.

import { describe, expect, test } from "vitest";
import { exifDateTimeOriginal } from "../../src/io/exif-date-time";

/** A minimal JPEG head: SOI, APP1 "Exif" with IFD0 → Exif sub-IFD → DateTimeOriginal. */
function jpegWithExif(dateText: string, little: boolean, tag = 0x9003): ArrayBuffer {
  const tiff = new DataView(new ArrayBuffer(8 + 18 + 18 + 20));
  const u16 = (at: number, value: number) => tiff.setUint16(at, value, little);
  const u32 = (at: number, value: number) => tiff.setUint32(at, value, little);
  tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
  u16(2, 42);
  u32(4, 8); // IFD0 at 8
  u16(8, 1);
  u16(10, 0x8769); // Exif IFD pointer
  u16(12, 4);
  u32(14, 1);
  u32(18, 26); // Exif IFD at 26
  u32(22, 0);
  u16(26, 1);
  u16(28, tag);
  u16(30, 2); // ASCII
  u32(32, 20);
  u32(36, 44); // the text at 44
  u32(40, 0);
  [...dateText].forEach((character, index) => tiff.setUint8(44 + index, character.charCodeAt(0)));
  const app1Length = 2 + 6 + tiff.byteLength;
  const bytes = new Uint8Array(2 + 2 + app1Length + 2);
  bytes.set([0xff, 0xd8, 0xff, 0xe1, app1Length >> 8, app1Length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  bytes.set(new Uint8Array(tiff.buffer), 12);
  bytes.set([0xff, 0xda], 12 + tiff.byteLength);
  return bytes.buffer;
}

describe("EXIF DateTimeOriginal", () => {
  test("is read in both byte orders, as the camera's local time", () => {
    for (const little of [true, false]) {
      expect(exifDateTimeOriginal(jpegWithExif("2026:11:20 09:15:42", little))?.getTime()).toBe(new Date(2026, 10, 20, 9, 15, 42).getTime());
    }
  });

  test("gives null without the tag, for other files and for broken bytes", () => {
    expect(exifDateTimeOriginal(jpegWithExif("2026:11:20 09:15:42", true, 0x9004))).toBeNull();
    expect(exifDateTimeOriginal(jpegWithExif("0000:00:00 00:00:00", true))).toBeNull();
    expect(exifDateTimeOriginal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]).buffer)).toBeNull();
    expect(exifDateTimeOriginal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]).buffer)).toBeNull();
    expect(exifDateTimeOriginal(jpegWithExif("2026:11:20 09:15:42", true).slice(0, 30))).toBeNull();
  });
});
