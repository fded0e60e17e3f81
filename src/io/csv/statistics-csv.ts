// The statistics as CSV for the quarterly report: one row per village, one
// column per category, totals last. UTF-8 with BOM and CRLF so Excel opens the
// Vietnamese text correctly, formulas neutralised — the app's one CSV writer
// (csv-writer.ts) does both.

import type { IncidentStatistics } from "../../domain/incident-statistics";
import { csvDocument } from "./csv-writer";

export function statisticsCsv(statistics: IncidentStatistics, title: string): string {
  const categories = statistics.byCategory;
  const lines: (string | number)[][] = [[title], ["Thôn / bản", ...categories.map((category) => category.label), "Tổng cộng"]];
  for (const village of statistics.byVillage) {
    const row = statistics.table.get(village.id);
    lines.push([village.label, ...categories.map((category) => row?.get(category.id) ?? 0), village.count]);
  }
  lines.push(["Tổng cộng", ...categories.map((category) => category.count), statistics.total]);
  return csvDocument(lines);
}
