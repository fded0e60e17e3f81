// VNI-Windows bytes → Unicode. VNI writes most Vietnamese letters as an ASCII
// base letter followed by one "mark" byte (a Latin-1 letter drawn by VNI fonts
// as a diacritic): "Vieät" = Việt, "Ñaø Naüng" = Đà Nẵng, "Höông" = Hương. A
// few letters are single bytes: ñ/Ñ = đ/Đ, ö/Ö = ư/Ư, ô/Ô = ơ/Ơ, the toned i
// (í ì æ ó ò = í ì ỉ ĩ ị) and ỵ/Ỵ (î/Î). Decoding maps bytes to letters and
// combining marks, then composes (NFC). Marks come in small and capital forms;
// both are accepted after any base letter, since files mix them.

const COMBINING = { grave: "\u0300", acute: "\u0301", tilde: "\u0303", hook: "\u0309", dot: "\u0323", circumflex: "\u0302", breve: "\u0306" } as const;
const { grave, acute, tilde, hook, dot, circumflex, breve } = COMBINING;

/** Mark bytes (small form, capital form) → the combining marks they stand for. */
const MARKS: ReadonlyArray<readonly [number, number, string]> = [
  [0xf9, 0xd9, acute], [0xf8, 0xd8, grave], [0xfb, 0xdb, hook], [0xf5, 0xd5, tilde], [0xef, 0xcf, dot],
  [0xe2, 0xc2, circumflex], [0xea, 0xca, breve],
  [0xe1, 0xc1, circumflex + acute], [0xe0, 0xc0, circumflex + grave], [0xe5, 0xc5, circumflex + hook],
  [0xe3, 0xc3, circumflex + tilde], [0xe4, 0xc4, circumflex + dot],
  [0xe9, 0xc9, breve + acute], [0xe8, 0xc8, breve + grave], [0xfa, 0xda, breve + hook],
  [0xfc, 0xdc, breve + tilde], [0xeb, 0xcb, breve + dot],
];

/** Single-byte letters (small, capital). */
const LETTERS: ReadonlyArray<readonly [number, number, string, string]> = [
  [0xf1, 0xd1, "đ", "Đ"], [0xf6, 0xd6, "ư", "Ư"], [0xf4, 0xd4, "ơ", "Ơ"], [0xee, 0xce, "ỵ", "Ỵ"],
  [0xed, 0xcd, "í", "Í"], [0xec, 0xcc, "ì", "Ì"], [0xe6, 0xc6, "ỉ", "Ỉ"], [0xf3, 0xd3, "ĩ", "Ĩ"], [0xf2, 0xd2, "ị", "Ị"],
];

const MARK_OF = new Map<number, string>();
for (const [small, capital, mark] of MARKS) {
  MARK_OF.set(small, mark);
  MARK_OF.set(capital, mark);
}
const LETTER_OF = new Map<number, string>();
for (const [small, capital, smallLetter, capitalLetter] of LETTERS) {
  LETTER_OF.set(small, smallLetter);
  LETTER_OF.set(capital, capitalLetter);
}

/** Letters a VNI mark may follow: the vowels, and ư/ơ (which take a tone). */
const MARKABLE = /[aeiouyAEIOUYưƯơƠ]$/;

export function decodeVni(bytes: Uint8Array): string {
  let text = "";
  let previousWasMarkable = false;
  for (const byte of bytes) {
    const mark = MARK_OF.get(byte);
    if (mark !== undefined && previousWasMarkable) {
      text += mark;
      continue;
    }
    const letter = byte < 0x80 ? String.fromCharCode(byte) : LETTER_OF.get(byte) ?? String.fromCharCode(byte);
    text += letter;
    previousWasMarkable = MARKABLE.test(letter);
  }
  return text.normalize("NFC");
}
