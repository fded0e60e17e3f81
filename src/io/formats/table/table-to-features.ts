// Turns table rows into point features in the file's own coordinates, with
// every other column as a text attribute. A row whose coordinate cell is not a
// number is reported by its line; a column mixing decimal comma and point is
// refused, since "105,4012" and "105.4012" cannot both be trusted.

import type { Feature, FeatureCollection, Point } from "geojson";
import { columnStyle, parseNumber, type CoordinateColumns } from "./coordinate-columns";
import type { DelimitedTable } from "./delimited-text";

export type TableConversion =
  | { ok: true; collection: FeatureCollection<Point>; skippedLines: number[] }
  | { ok: false; problem: "mixed-decimal"; column: string; line: number; value: string }
  | { ok: false; problem: "no-rows" };

export function tableToFeatures(table: DelimitedTable, columns: CoordinateColumns): TableConversion {
  const styles = [columns.x, columns.y].map((column) => ({
    column,
    ...columnStyle(table.rows.map((row) => ({ line: row.line, value: row.cells[column] ?? "" }))),
  }));
  const mixed = styles.find((style) => style.mixedAt);
  if (mixed?.mixedAt) return { ok: false, problem: "mixed-decimal", column: table.header[mixed.column] ?? `cột ${mixed.column + 1}`, line: mixed.mixedAt.line, value: mixed.mixedAt.value };
  const features: Array<Feature<Point>> = [];
  const skippedLines: number[] = [];
  for (const row of table.rows) {
    const x = parseNumber(row.cells[columns.x] ?? "", styles[0].style);
    const y = parseNumber(row.cells[columns.y] ?? "", styles[1].style);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      skippedLines.push(row.line);
      continue;
    }
    const properties: Record<string, string> = {};
    table.header.forEach((name, column) => {
      if (column !== columns.x && column !== columns.y) properties[name || `cot_${column + 1}`] = (row.cells[column] ?? "").trim();
    });
    features.push({ type: "Feature", properties, geometry: { type: "Point", coordinates: [x, y] } });
  }
  if (features.length === 0) return { ok: false, problem: "no-rows" };
  return { ok: true, collection: { type: "FeatureCollection", features }, skippedLines };
}
