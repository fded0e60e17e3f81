// Every Vietnamese letter × every tone × both cases, composed from Unicode
// (base letter + combining marks, NFC) — never taken from the tables under
// test. TCVN3 and Windows-1258 bytes come from glibc's iconv (an independent
// implementation); VNI bytes are built from VNI's rule (base letter, then one
// mark byte) because no system tool speaks VNI.

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeVietnameseText } from "../../src/io/formats/text/vietnamese-text-decoding";
import { detectVietnameseEncoding, encodingFromCodePageName } from "../../src/io/formats/text/vietnamese-encoding-detection";

const TONES = { none: "", grave: "\u0300", hook: "\u0309", tilde: "\u0303", acute: "\u0301", dot: "\u0323" } as const;
type Tone = keyof typeof TONES;
const VOWELS = [
  { base: "a", modifier: "" }, { base: "a", modifier: "\u0306" }, { base: "a", modifier: "\u0302" },
  { base: "e", modifier: "" }, { base: "e", modifier: "\u0302" }, { base: "i", modifier: "" },
  { base: "o", modifier: "" }, { base: "o", modifier: "\u0302" }, { base: "o", modifier: "\u031B" },
  { base: "u", modifier: "" }, { base: "u", modifier: "\u031B" }, { base: "y", modifier: "" },
] as const;

interface Letter { text: string; base: string; modifier: string; tone: Tone; capital: boolean }

const LETTERS: Letter[] = VOWELS.flatMap(({ base, modifier }) =>
  (Object.keys(TONES) as Tone[]).flatMap((tone) =>
    [false, true].map((capital) => {
      const letterBase = capital ? base.toUpperCase() : base;
      return { text: (letterBase + modifier + TONES[tone]).normalize("NFC"), base: letterBase, modifier, tone, capital };
    }),
  ),
);

const iconv = (text: string, to: string) => new Uint8Array(execFileSync("iconv", ["-f", "UTF-8", "-t", to], { input: text }));

/** VNI by its rule: tone bytes, circumflex/breve bytes and their tone combinations (small form; capital = small − 0x20). */
const VNI_TONE: Record<Tone, number> = { none: 0, grave: 0xf8, hook: 0xfb, tilde: 0xf5, acute: 0xf9, dot: 0xef };
const VNI_CIRCUMFLEX: Record<Tone, number> = { none: 0xe2, grave: 0xe0, hook: 0xe5, tilde: 0xe3, acute: 0xe1, dot: 0xe4 };
const VNI_BREVE: Record<Tone, number> = { none: 0xea, grave: 0xe8, hook: 0xfa, tilde: 0xfc, acute: 0xe9, dot: 0xeb };
const VNI_I: Record<Tone, number> = { none: 0x69, grave: 0xec, hook: 0xe6, tilde: 0xf3, acute: 0xed, dot: 0xf2 };

function vniBytes({ base, modifier, tone, capital }: Letter): number[] {
  const capitalise = (byte: number) => (capital && byte >= 0xe0 ? byte - 0x20 : capital && byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte);
  if (base.toLowerCase() === "i") return [capitalise(VNI_I[tone])];
  if (base.toLowerCase() === "y" && tone === "dot") return [capitalise(0xee)];
  if (modifier === "\u031B") return [capitalise(base.toLowerCase() === "u" ? 0xf6 : 0xf4), ...(tone === "none" ? [] : [capitalise(VNI_TONE[tone])])];
  const head = capitalise(base.toLowerCase().charCodeAt(0));
  if (modifier === "\u0302") return [head, capitalise(VNI_CIRCUMFLEX[tone])];
  if (modifier === "\u0306") return [head, capitalise(VNI_BREVE[tone])];
  return tone === "none" ? [head] : [head, capitalise(VNI_TONE[tone])];
}

describe("Vietnamese text decoding, every letter × tone × case", () => {
  it("has all 144 vowels plus Đ/đ to check", () => expect(new Set(LETTERS.map((letter) => letter.text)).size).toBe(144));

  it("TCVN3 (ABC) decodes what iconv's TCVN5712-1 writes", () => {
    for (const letter of LETTERS) {
      expect(decodeVietnameseText(iconv(letter.text, "TCVN5712-1"), "tcvn3"), letter.text).toBe(letter.text);
    }
    expect(decodeVietnameseText(iconv("Đường đi", "TCVN5712-1"), "tcvn3")).toBe("Đường đi");
    expect(decodeVietnameseText(Uint8Array.from([...Buffer.from("Th\xabn H\xad\xacng Minh", "latin1")]), "tcvn3")).toBe("Thôn Hương Minh");
  });

  it("Windows-1258 decodes what iconv's CP1258 writes (tone marks combining)", () => {
    for (const letter of [...LETTERS.map((entry) => entry.text), "Đ", "đ"]) {
      expect(decodeVietnameseText(iconv(letter, "CP1258"), "windows-1258"), letter).toBe(letter);
    }
  });

  it("VNI-Windows decodes letters built by VNI's rule, and known VNI words", () => {
    for (const letter of LETTERS) {
      expect(decodeVietnameseText(Uint8Array.from(vniBytes(letter)), "vni"), letter.text).toBe(letter.text);
    }
    const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, "latin1"));
    expect(decodeVietnameseText(latin1("Vieät Nam"), "vni")).toBe("Việt Nam");
    expect(decodeVietnameseText(latin1("Ñaø Naüng, Thaønh phoá Hoà Chí Minh"), "vni")).toBe("Đà Nẵng, Thành phố Hồ Chí Minh");
    expect(decodeVietnameseText(latin1("Thoân Höông Minh, ÑOÀN BIEÂN PHOØNG"), "vni")).toBe("Thôn Hương Minh, ĐỒN BIÊN PHÒNG");
  });
});

describe("Vietnamese encoding detection", () => {
  const sentences = ["Thôn Hương Minh", "Đồn Biên phòng Hương Quang", "Đất quốc phòng do Ban Chỉ huy quân sự xã quản lý", "Cột mốc 487", "Ngàn Trươi"];
  const vni = (text: string) =>
    Uint8Array.from(
      [...text.normalize("NFC")].flatMap((char) => {
        if (char === "đ") return [0xf1];
        if (char === "Đ") return [0xd1];
        const letter = LETTERS.find((entry) => entry.text === char);
        return letter ? vniBytes(letter) : [char.charCodeAt(0)];
      }),
    );

  it("tells UTF-8, TCVN3, VNI and Windows-1258 apart from a few values", () => {
    expect(detectVietnameseEncoding(sentences.map((text) => new TextEncoder().encode(text)))).toBe("utf-8");
    expect(detectVietnameseEncoding(sentences.map((text) => iconv(text, "TCVN5712-1")))).toBe("tcvn3");
    expect(detectVietnameseEncoding(sentences.map((text) => iconv(text, "CP1258")))).toBe("windows-1258");
    expect(detectVietnameseEncoding(sentences.map(vni))).toBe("vni");
    for (const text of sentences) {
      expect(detectVietnameseEncoding([iconv(text, "TCVN5712-1")]), text).toBe("tcvn3");
      expect(detectVietnameseEncoding([vni(text)]), text).toBe("vni");
    }
  });

  it("reads the names a .cpg or a MapInfo charset uses", () => {
    expect(encodingFromCodePageName("UTF-8")).toBe("utf-8");
    expect(encodingFromCodePageName("1258")).toBe("windows-1258");
    expect(encodingFromCodePageName("WindowsVietnamese")).toBe("windows-1258");
    expect(encodingFromCodePageName("TCVN3")).toBe("tcvn3");
    expect(encodingFromCodePageName("1252")).toBeUndefined();
  });
});
