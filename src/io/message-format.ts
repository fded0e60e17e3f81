// Formatting of numbers, sizes and offending values inside Vietnamese
// validation messages (vi-VN: "1.234", "2,5 MB"); values are kept short.

const integerFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const MAX_VALUE_LENGTH = 60;
const MAX_ITEMS_SHOWN = 4;

export function formatCount(count: number): string {
  return integerFormat.format(count);
}

/** "Tệp “xa-huong-minh.geojson”", or just "Tệp" when the name is unknown. */
export function fileLabel(fileName: string | undefined): string {
  return fileName ? `Tệp “${fileName}”` : "Tệp";
}

/** A short, readable rendering of a JSON value: [105.8, "21,0"], null, {…}. */
export function formatValue(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS_SHOWN).map(formatScalar);
    if (value.length > MAX_ITEMS_SHOWN) shown.push("…");
    return `[${shown.join(", ")}]`;
  }
  return formatScalar(value);
}

function formatScalar(value: unknown): string {
  if (value === undefined) return "(không có)";
  if (typeof value === "string") return truncate(JSON.stringify(value));
  if (Array.isArray(value)) return "[…]";
  if (typeof value === "object" && value !== null) return "{…}";
  return truncate(String(value));
}

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
