// Normalises typed coordinates before parsing: the many quote and degree
// characters phones and word processors produce, Vietnamese hemisphere words,
// and the decimal comma ("18,3083 105,4194") common in Vietnamese documents.

const PRIME = /[′’‘`´ʹ]/g;
const DOUBLE_PRIME = /[″“”ʺ]|''/g;
const DEGREE = /[º˚]/g;

const HEMISPHERE_WORDS: [RegExp, string][] = [
  [/VĨ ĐỘ|KINH ĐỘ/g, " "],
  [/BẮC/g, "N"],
  [/NAM/g, "S"],
  [/ĐÔNG/g, "E"],
  [/TÂY/g, "W"],
  // Single-letter Vietnamese abbreviations: B = Bắc (north), Đ = Đông (east).
  [/(^|[\d\s°'"])B(?=$|[\s\d,;])/g, "$1N"],
  [/(^|[\d\s°'"])Đ(?=$|[\s\d,;])/g, "$1E"],
];

export function normaliseCoordinateText(text: string): string {
  let result = text.normalize("NFC").toUpperCase().replace(PRIME, "'").replace(DOUBLE_PRIME, '"').replace(DEGREE, "°");
  for (const [pattern, replacement] of HEMISPHERE_WORDS) result = result.replace(pattern, replacement);
  // Without any decimal point, a comma between digits is a decimal comma.
  if (!result.includes(".")) result = result.replace(/(\d),(\d)/g, "$1.$2");
  return result.replace(/\s+/g, " ").trim();
}

/** Every number in the text, in order (signs kept). */
export function numbersIn(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}
