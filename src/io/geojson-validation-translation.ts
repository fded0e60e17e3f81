// Vietnamese for the error strings of geojson-validation 1.0.2 (node_modules/
// geojson-validation/index.js). It prefixes nested errors with "at N: "; those
// indices are kept as "[N]". Unknown strings are passed through, marked as such.

const FIXED: ReadonlyMap<string, string> = new Map([
  ["must be a JSON Object", "phải là một đối tượng JSON"],
  ["Position must be an array", "vị trí phải là một mảng [kinh độ, vĩ độ]"],
  ["Position must be at least two elements", "vị trí phải có ít nhất 2 số [kinh độ, vĩ độ]"],
  ["coordinates must be an array", "\"coordinates\" phải là một mảng"],
  ["coordinates must have at least two elements", "đường phải có ít nhất 2 vị trí"],
  ["coordinates must have at least four positions", "vòng đa giác phải có ít nhất 4 vị trí"],
  ["The first and last positions must be equivalent", "vị trí đầu và vị trí cuối của vòng đa giác phải trùng nhau"],
  ["\"geometries\" must be an array", "\"geometries\" phải là một mảng"],
  ["\"Features\" must be an array", "\"features\" phải là một mảng"],
  ["bbox must be an array", "\"bbox\" phải là một mảng"],
  ["bbox, must be a 2*n array", "\"bbox\" phải có số phần tử chẵn (2×n)"],
]);

const PATTERNS: ReadonlyArray<readonly [RegExp, (match: RegExpMatchArray) => string]> = [
  [/^must have a member with the name "(\w+)"$/, (m) => `thiếu thuộc tính bắt buộc "${m[1]}"`],
  [/^type must be "(\w+)"$/, (m) => `"type" phải là "${m[1]}"`],
  [/^type must be one of: (.*)$/, (m) => `"type" phải là một trong: ${m[1].replace(/"/g, "").replace(/,? or /, ", ")}`],
  [
    /^Position must only contain numbers\. Item (.*) at index (\d+) is invalid\.$/,
    (m) => `vị trí chỉ được chứa số; phần tử ${m[1]} ở chỉ số ${m[2]} không hợp lệ`,
  ],
];

/** Translates one geojson-validation message, e.g. "at 0: at 2: Position must be an array". */
export function translateLibraryMessage(message: string): string {
  let rest = message;
  let indices = "";
  for (let prefix = /^at (\d+): /.exec(rest); prefix; prefix = /^at (\d+): /.exec(rest)) {
    indices += `[${prefix[1]}]`;
    rest = rest.slice(prefix[0].length);
  }
  const where = indices === "" ? "" : ` (tại ${indices})`;
  const fixed = FIXED.get(rest);
  if (fixed !== undefined) return fixed + where;
  for (const [pattern, translate] of PATTERNS) {
    const match = rest.match(pattern);
    if (match) return translate(match) + where;
  }
  return `lỗi cấu trúc GeoJSON (thông báo gốc của thư viện: "${message}")`;
}
