// The statistics as CSV for the quarterly report: one row per village, one
// column per category, totals last. UTF-8 with BOM and CRLF so Excel opens the
// Vietnamese text correctly; cells that a spreadsheet would run as a formula
// (=, +, -, @) are prefixed with an apostrophe (CSV injection).

import type { IncidentStatistics } from "./incident-statistics";

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function statisticsCsv(statistics: IncidentStatistics, title: string): string {
  const categories = statistics.byCategory;
  const lines: (string | number)[][] = [[title], ["Thôn / bản", ...categories.map((category) => category.label), "Tổng cộng"]];
  for (const village of statistics.byVillage) {
    const row = statistics.table.get(village.id);
    lines.push([village.label, ...categories.map((category) => row?.get(category.id) ?? 0), village.count]);
  }
  lines.push(["Tổng cộng", ...categories.map((category) => category.count), statistics.total]);
  return "\uFEFF" + lines.map((line) => line.map(cell).join(",")).join("\r\n") + "\r\n";
}
