// Reads the capture time (EXIF DateTimeOriginal, tag 0x9003 in the Exif
// sub-IFD) from the first bytes of a JPEG, without a library: a phone camera
// writes it as "YYYY:MM:DD HH:MM:SS" in the camera's local time, with no zone,
// so it is read as local time of this device. Returns null for anything that
// is not a JPEG with that tag (PNG, screenshots, a gallery image stripped of
// EXIF), never throws on malformed bytes.

const SOI = 0xffd8;
const APP1 = 0xffe1;
const EXIF_IFD_POINTER = 0x8769;
const DATE_TIME_ORIGINAL = 0x9003;

function readIfdEntry(view: DataView, tiffStart: number, ifdOffset: number, little: boolean, tag: number): { type: number; count: number; valueOffset: number } | null {
  const at = tiffStart + ifdOffset;
  if (at + 2 > view.byteLength) return null;
  const entries = view.getUint16(at, little);
  for (let i = 0; i < entries; i++) {
    const entry = at + 2 + i * 12;
    if (entry + 12 > view.byteLength) return null;
    if (view.getUint16(entry, little) === tag) {
      return { type: view.getUint16(entry + 2, little), count: view.getUint32(entry + 4, little), valueOffset: view.getUint32(entry + 8, little) };
    }
  }
  return null;
}

export function exifDateTimeOriginal(bytes: ArrayBuffer): Date | null {
  try {
    const view = new DataView(bytes);
    if (view.byteLength < 4 || view.getUint16(0) !== SOI) return null;
    let offset = 2;
    while (offset + 4 <= view.byteLength) {
      const marker = view.getUint16(offset);
      const length = view.getUint16(offset + 2);
      if (marker === APP1 && view.getUint32(offset + 4) === 0x45786966 /* "Exif" */) {
        const tiffStart = offset + 10;
        const little = view.getUint16(tiffStart) === 0x4949;
        const exifPointer = readIfdEntry(view, tiffStart, view.getUint32(tiffStart + 4, little), little, EXIF_IFD_POINTER);
        if (!exifPointer) return null;
        const date = readIfdEntry(view, tiffStart, exifPointer.valueOffset, little, DATE_TIME_ORIGINAL);
        if (!date || date.type !== 2 || date.count < 19) return null;
        const text = String.fromCharCode(...new Uint8Array(bytes, tiffStart + date.valueOffset, 19));
        const parts = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
        if (!parts) return null;
        const [year, month, day, hour, minute, second] = parts.slice(1).map(Number);
        const parsed = new Date(year, month - 1, day, hour, minute, second);
        return Number.isNaN(parsed.getTime()) || year < 1990 ? null : parsed;
      }
      if ((marker & 0xff00) !== 0xff00 || marker === 0xffda /* start of scan: no metadata after it */) return null;
      offset += 2 + length;
    }
    return null;
  } catch {
    return null;
  }
}
