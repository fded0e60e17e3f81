// TCVN3 ("ABC", TCVN 5712:1993) bytes → Unicode. The VN3 part (0xA1–0xFF:
// the seven capitals Ă Â Ê Ô Ơ Ư Đ, their small forms and every small toned
// letter, vowel by vowel in the order huyền, hỏi, ngã, sắc, nặng) is what
// ABC fonts and FAMIS cadastral files use; capitals with a tone are then the
// small codes drawn with a capital font (.VnTimeH), so they decode as small
// letters. The VN1 extension places toned capitals in the gaps and in
// 0x01–0x17 / 0x80–0x9F; it is decoded too, so text from VN1 tools reads right.
// Bytes below 0x80 other than those capitals are ASCII. Written per vowel from
// the standard's layout and checked against glibc iconv's TCVN5712-1 for every
// letter × tone × case (tests/unit/vietnamese-text-decoding.test.ts).

/** The VN3 block, one string per row of the code chart; "\0" marks a VN1 capital or combining mark filled in below. */
const VN3_FROM_A1 = [
  "ĂÂÊÔƠƯĐăâêôơưđ\0", // A1–AF
  "\0\0\0\0\0àảãáạ\0ằẳẵắ\0", // B0–BF
  "\0\0\0\0\0\0ặầẩẫấậè\0ẻẽ", // C0–CF
  "éẹềểễếệìỉ\0\0\0ĩíịò", // D0–DF
  "\0ỏõóọồổỗốộờởỡớợù", // E0–EF
  "\0ủũúụừửữứựỳỷỹýỵ\0", // F0–FF
].join("");

/** Toned capitals of VN1 and the five combining tone marks, by byte. */
const VN1_EXTRA: ReadonlyArray<readonly [number, string]> = [
  [0x01, "Ú"], [0x02, "Ụ"], [0x04, "Ừ"], [0x05, "Ử"], [0x06, "Ữ"], [0x11, "Ứ"], [0x12, "Ự"],
  [0x13, "Ỳ"], [0x14, "Ỷ"], [0x15, "Ỹ"], [0x16, "Ý"], [0x17, "Ỵ"],
  [0x80, "À"], [0x81, "Ả"], [0x82, "Ã"], [0x83, "Á"], [0x84, "Ạ"], [0x85, "Ặ"], [0x86, "Ậ"], [0x87, "È"],
  [0x88, "Ẻ"], [0x89, "Ẽ"], [0x8a, "É"], [0x8b, "Ẹ"], [0x8c, "Ệ"], [0x8d, "Ì"], [0x8e, "Ỉ"], [0x8f, "Ĩ"],
  [0x90, "Í"], [0x91, "Ị"], [0x92, "Ò"], [0x93, "Ỏ"], [0x94, "Õ"], [0x95, "Ó"], [0x96, "Ọ"], [0x97, "Ộ"],
  [0x98, "Ờ"], [0x99, "Ở"], [0x9a, "Ỡ"], [0x9b, "Ớ"], [0x9c, "Ợ"], [0x9d, "Ù"], [0x9e, "Ủ"], [0x9f, "Ũ"],
  [0xaf, "Ằ"], [0xb0, "\u0300"], [0xb1, "\u0309"], [0xb2, "\u0303"], [0xb3, "\u0301"], [0xb4, "\u0323"],
  [0xba, "Ẳ"], [0xbf, "Ẵ"], [0xc0, "Ắ"], [0xc1, "Ầ"], [0xc2, "Ẩ"], [0xc3, "Ẫ"], [0xc4, "Ấ"], [0xc5, "Ề"],
  [0xcd, "Ể"], [0xd9, "Ễ"], [0xda, "Ế"], [0xdb, "Ồ"], [0xe0, "Ổ"], [0xf0, "Ỗ"], [0xff, "Ố"],
];

function buildTable(): string[] {
  const table = Array.from({ length: 256 }, (_, byte) => (byte < 0x80 ? String.fromCharCode(byte) : "\uFFFD"));
  table[0xa0] = "\u00A0";
  [...VN3_FROM_A1].forEach((char, index) => {
    if (char !== "\0") table[0xa1 + index] = char;
  });
  for (const [byte, char] of VN1_EXTRA) table[byte] = char;
  return table;
}

export const TCVN3_TO_UNICODE: readonly string[] = buildTable();
