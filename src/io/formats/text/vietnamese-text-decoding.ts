// The four ways Vietnamese attribute text reaches us from agencies' files, and
// one decoder for each: UTF-8, Windows-1258 (Windows' Vietnamese code page,
// tone marks as combining characters), TCVN3 (ABC) and VNI-Windows (font
// encodings of the 1990s–2000s, still in old Shapefiles and FAMIS DGN files).
// Every result is NFC, so "Hương" compares equal whatever the source. The
// single-byte decoders first undo a Latin-1 reading (singleByteView).

import { decodeTcvn3 } from "./tcvn3-decoding";
import { decodeVni } from "./vni-decoding";
import { singleByteView } from "./single-byte-view";

export type VietnameseTextEncoding = "utf-8" | "windows-1258" | "tcvn3" | "vni";

export const VIETNAMESE_TEXT_ENCODINGS: ReadonlyArray<{ id: VietnameseTextEncoding; label: string }> = [
  { id: "utf-8", label: "Unicode (UTF-8)" },
  { id: "tcvn3", label: "TCVN3 (ABC, phông .Vn…)" },
  { id: "vni", label: "VNI-Windows (phông VNI-…)" },
  { id: "windows-1258", label: "Windows-1258 (CP1258)" },
];

const utf8 = new TextDecoder("utf-8");
const windows1258 = new TextDecoder("windows-1258");

export function decodeVietnameseText(bytes: Uint8Array, encoding: VietnameseTextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return utf8.decode(bytes).normalize("NFC");
    case "windows-1258":
      return windows1258.decode(singleByteView(bytes)).normalize("NFC");
    case "tcvn3":
      return decodeTcvn3(singleByteView(bytes));
    case "vni":
      return decodeVni(singleByteView(bytes));
  }
}

export function encodingLabel(encoding: VietnameseTextEncoding): string {
  return VIETNAMESE_TEXT_ENCODINGS.find((entry) => entry.id === encoding)?.label ?? encoding;
}
