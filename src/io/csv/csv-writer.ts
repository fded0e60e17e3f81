// The one CSV writer of the app (exchange-panel layers, analysis tables,
// incident statistics): RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order
// mark so spreadsheet programs show Vietnamese correctly, and text cells a
// spreadsheet would run as a formula neutralised (CSV injection, OWASP): a
// leading = + - @, tab or carriage return gets an apostrophe in front.
// Numbers stay numbers (a negative distance is not a formula).

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  // Objects and arrays (feature properties can hold them) as JSON; the JSON may itself start with "-" only for numbers.
  const json = JSON.stringify(value);
  return json === undefined ? "" : json;
}

export function csvCell(value: unknown): string {
  const text = asText(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document from rows of cells. */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** A table given as columns (header + how to read each row's cell). */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvDocument([columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row)))]);
}

/** A property by its own key only: `__proto__`, `constructor`… never reach Object.prototype. */
export function ownValue(record: Record<string, unknown> | null | undefined, key: string): unknown {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
