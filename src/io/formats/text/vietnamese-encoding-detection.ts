// Guesses how a file's attribute text is encoded: first what the file says
// (the Shapefile's .cpg, a MapInfo charset), then the text itself. The DBF
// language byte is read by GDAL but settles nothing here: no dBase language
// driver names code page 1258, and TCVN3/VNI files carry the ANSI (0x57) or
// OEM (0) byte like any Western file. Each candidate decoding is scored on what Vietnamese looks
// like: letters of the Vietnamese alphabet score, characters that no
// Vietnamese word holds (« ¬ § µ, ö ø ñ, control codes) and words with two
// tone marks cost. Valid multi-byte UTF-8 wins outright: the single-byte
// encodings almost never form valid UTF-8 sequences by chance.

import { utf8Text } from "./single-byte-view";
import { decodeVietnameseText, type VietnameseTextEncoding } from "./vietnamese-text-decoding";

const VIETNAMESE_LETTER = /[a-zA-ZđĐăĂâÂêÊôÔơƠưƯ\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0128\u0129\u0168\u0169\u1EA0-\u1EF9]/u;
const NEUTRAL = /[\s0-9.,;:!?'"()\[\]\/\\\-–_+*=&%#@<>|~^`{}$€]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const DOUBLED_VOWEL = /([aeiouy])\1[\u0300-\u036f]/iu;
const SINGLE_BYTE: readonly VietnameseTextEncoding[] = ["tcvn3", "vni", "windows-1258"];

/** Higher is more Vietnamese-looking. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const char of text) {
    if (VIETNAMESE_LETTER.test(char)) score += char.charCodeAt(0) > 0x7f ? 2 : 0;
    else if (!NEUTRAL.test(char)) score -= 4;
  }
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    const decomposed = word.normalize("NFD");
    if ((decomposed.match(TONE_MARKS)?.length ?? 0) > 1) score -= 6;
    // "oọ", "aà": a vowel then the same vowel marked — VNI's base + mark bytes read as TCVN3.
    if (DOUBLED_VOWEL.test(decomposed)) score -= 6;
  }
  return score;
}

/**
 * The most likely encoding of these attribute values (a sample is enough).
 * UTF-8 is scored on its text (−1000 when the bytes are not UTF-8) and wins
 * ties, so plain Unicode text is never "repaired".
 */
export function detectVietnameseEncoding(samples: readonly Uint8Array[]): VietnameseTextEncoding {
  const nonAscii = samples.filter((bytes) => bytes.some((byte) => byte >= 0x80));
  if (nonAscii.length === 0) return "utf-8";
  let best: VietnameseTextEncoding = "utf-8";
  let bestScore = nonAscii.reduce((sum, bytes) => {
    const text = utf8Text(bytes);
    return sum + (text === null ? -1000 : vietnameseScore(text.normalize("NFC")));
  }, 0);
  for (const encoding of SINGLE_BYTE) {
    const score = nonAscii.reduce((sum, bytes) => sum + vietnameseScore(decodeVietnameseText(bytes, encoding)), 0);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/** A Shapefile .cpg or MapInfo charset name → our encoding, when it names one we know. */
export function encodingFromCodePageName(name: string): VietnameseTextEncoding | undefined {
  const folded = name.trim().toUpperCase().replace(/[\s_-]/g, "");
  if (/^(UTF8|65001)$/.test(folded)) return "utf-8";
  if (/^(1258|CP1258|WINDOWS1258|ANSI1258|WINDOWSVIETNAMESE)$/.test(folded)) return "windows-1258";
  if (/^(TCVN|TCVN3|TCVN57121|TCVN5712|ABC)/.test(folded)) return "tcvn3";
  if (/^VNI/.test(folded)) return "vni";
  return undefined;
}
