// Which two columns of a table hold the coordinates, and in what system: by
// the values first (longitudes 101.5–118 and latitudes 6–24 are WGS 84;
// northings 900 000–2 700 000 m with eastings 100 000–900 000 m are VN-2000,
// where Vietnamese surveying calls the northing X and the easting Y), by the
// column names to break ties ("Kinh độ", "lon", "X (m)"). Numbers may use a
// decimal comma, but one column must not mix comma and point.

export type ColumnSystem = "degrees" | "projected";

export interface CoordinateColumns {
  /** Column holding longitude or easting. */
  x: number;
  /** Column holding latitude or northing. */
  y: number;
  system: ColumnSystem;
}

export type NumberStyle = "point" | "comma";

/** Parses "2024329,520", "2.024.329,520", "105.4012", "1,234.5" given the column's decimal style. */
export function parseNumber(text: string, style: NumberStyle): number {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return Number.NaN;
  const normalised = style === "comma" ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed.replace(/,/g, "");
  return /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The decimal style of one number as written, when it shows one. */
export function styleOf(text: string): NumberStyle | null {
  const trimmed = text.trim();
  if (/^[-+]?\d+,\d+$/.test(trimmed) || /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(trimmed)) return "comma";
  if (/^[-+]?\d+\.\d+$/.test(trimmed) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(trimmed)) return "point";
  return null;
}

export interface ColumnStyle {
  style: NumberStyle;
  /** The first row that uses the other style (mixed decimal commas), with its 1-based file line. */
  mixedAt?: { line: number; value: string };
}

export function columnStyle(values: ReadonlyArray<{ line: number; value: string }>): ColumnStyle {
  let style: NumberStyle | null = null;
  for (const { line, value } of values) {
    const seen = styleOf(value);
    if (!seen) continue;
    if (style === null) style = seen;
    else if (seen !== style) return { style, mixedAt: { line, value } };
  }
  return { style: style ?? "point" };
}

type Range = { min: number; max: number; numeric: boolean };

function rangeOf(rows: ReadonlyArray<{ cells: string[] }>, column: number): Range {
  const values = rows.slice(0, 500).map((row) => row.cells[column] ?? "");
  const { style } = columnStyle(values.map((value, line) => ({ line, value })));
  // Each value by its own decimal style here: a column mixing styles is still found, then refused by name.
  const numbers = values.map((value) => parseNumber(value, styleOf(value) ?? style));
  const finite = numbers.filter(Number.isFinite);
  return { min: Math.min(...finite), max: Math.max(...finite), numeric: finite.length > 0 && finite.length >= values.filter((value) => value.trim()).length * 0.9 };
}

const within = (range: Range, min: number, max: number) => range.numeric && range.min >= min && range.max <= max;
const named = (header: string, pattern: RegExp) => pattern.test(header.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase());

export function guessCoordinateColumns(header: readonly string[], rows: ReadonlyArray<{ cells: string[] }>): CoordinateColumns | null {
  const ranges = header.map((_, column) => rangeOf(rows, column));
  const pick = (test: (range: Range, name: string) => boolean, nameHint: RegExp, exclude = -1) => {
    const candidates = header.map((name, column) => ({ name, column })).filter(({ name, column }) => column !== exclude && test(ranges[column], name));
    return (candidates.find(({ name }) => named(name, nameHint)) ?? candidates[0])?.column;
  };
  const lon = pick((range) => within(range, 101.5, 118), /kinh|lon|lng|long|^x\b|easting/);
  const lat = lon === undefined ? undefined : pick((range) => within(range, 6, 24), /^vi|lat|^y\b|northing/, lon);
  if (lon !== undefined && lat !== undefined) return { x: lon, y: lat, system: "degrees" };
  const northing = pick((range) => within(range, 900_000, 2_700_000), /^x\b|bac|north|^n\b/);
  const easting = northing === undefined ? undefined : pick((range) => within(range, 100_000, 900_000), /^y\b|dong|east|^e\b/, northing);
  if (northing !== undefined && easting !== undefined) return { x: easting, y: northing, system: "projected" };
  return null;
}
