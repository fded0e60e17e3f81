// Sorting the IOC's commune table by a clicked column: numbers largest first
// on the first click (what needs attention comes up), names A→Z in
// Vietnamese order; ties keep the communes in name order.

import { metricValue, type IocCommuneProperties, type IocMetric } from "./ioc-communes";

export type CommuneSortKey = "name" | IocMetric | `severity:${string}`;

export interface CommuneSort {
  key: CommuneSortKey;
  direction: "asc" | "desc";
}

const collator = new Intl.Collator("vi", { numeric: true });

function numberOf(properties: IocCommuneProperties, key: Exclude<CommuneSortKey, "name">): number {
  if (key.startsWith("severity:")) return properties.openIncidents?.[key.slice("severity:".length)] ?? 0;
  return metricValue(properties, key as IocMetric);
}

export function sortCommunes<T extends { properties: IocCommuneProperties }>(rows: readonly T[], sort: CommuneSort): T[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byName = collator.compare(a.properties.name, b.properties.name);
    if (sort.key === "name") return sign * byName || a.properties.code.localeCompare(b.properties.code);
    return sign * (numberOf(a.properties, sort.key) - numberOf(b.properties, sort.key)) || byName;
  });
}

/** The sort after clicking `key`: the same column flips, another starts descending (names ascending). */
export function nextSort(current: CommuneSort, key: CommuneSortKey): CommuneSort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: key === "name" ? "asc" : "desc" };
}
