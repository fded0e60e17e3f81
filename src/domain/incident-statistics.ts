// "Thống kê": counts of the listed incidents by category and by village, and
// the village × category table the quarterly report needs (DOMAIN.md §4:
// reports to the Party standing committee every quarter).

import type { IncidentRecord } from "./incident";
import { categoryLabel, type Category } from "./incident-categories";

export interface CountRow {
  id: string;
  label: string;
  count: number;
}

export interface IncidentStatistics {
  total: number;
  byCategory: CountRow[];
  byVillage: CountRow[];
  /** counts[villageId][categoryId] */
  table: Map<string, Map<string, number>>;
}

export const OUTSIDE_VILLAGES = "Ngoài các thôn";

function increment(map: Map<string, CountRow>, id: string, label: string): void {
  const row = map.get(id);
  if (row) row.count += 1;
  else map.set(id, { id, label, count: 1 });
}

const byCountThenLabel = (a: CountRow, b: CountRow) => b.count - a.count || a.label.localeCompare(b.label, "vi");

export function incidentStatistics(records: readonly IncidentRecord[], indexes: ArrayLike<number>, categories: readonly Category[]): IncidentStatistics {
  const byCategory = new Map<string, CountRow>();
  const byVillage = new Map<string, CountRow>();
  const table = new Map<string, Map<string, number>>();
  for (let k = 0; k < indexes.length; k++) {
    const record = records[indexes[k]];
    const villageId = record.villageId ?? "";
    increment(byCategory, record.category, categoryLabel(categories, record.category));
    increment(byVillage, villageId, record.villageName ?? OUTSIDE_VILLAGES);
    let row = table.get(villageId);
    if (!row) table.set(villageId, (row = new Map()));
    row.set(record.category, (row.get(record.category) ?? 0) + 1);
  }
  return {
    total: indexes.length,
    byCategory: [...byCategory.values()].sort(byCountThenLabel),
    byVillage: [...byVillage.values()].sort(byCountThenLabel),
    table,
  };
}
