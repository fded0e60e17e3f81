// Categories and severities of incidents/hotspots. Categories are a
// configurable list (the officer may add local ones), seeded from the
// categories the texts name (DOMAIN.md §3, src/domain/hotspot-categories.ts).

import { DEFAULT_HOTSPOT_CATEGORIES, SEVERITIES, type Category } from "./hotspot-categories";
import { foldVietnamese } from "./incident-text-folding";

export type { Category };

export const DEFAULT_INCIDENT_CATEGORIES: readonly Category[] = DEFAULT_HOTSPOT_CATEGORIES;
export const INCIDENT_SEVERITIES: readonly Category[] = SEVERITIES;

/** Severity order for sorting: Khẩn cấp highest. */
export function severityRank(id: string): number {
  const index = INCIDENT_SEVERITIES.findIndex((severity) => severity.id === id);
  return index < 0 ? -1 : index;
}

/** A stable id for a category the officer adds ("Trộm gia súc" → "trom-gia-suc"). */
export function categoryIdFor(label: string): string {
  return foldVietnamese(label).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function addCategory(list: readonly Category[], label: string): { ok: true; list: Category[] } | { ok: false; message: string } {
  const trimmed = label.trim();
  if (trimmed.length < 2) return { ok: false, message: "Tên loại vụ việc cần ít nhất 2 ký tự." };
  const id = categoryIdFor(trimmed);
  if (id === "") return { ok: false, message: "Tên loại vụ việc phải có chữ hoặc số." };
  if (list.some((category) => category.id === id)) return { ok: false, message: `Loại "${trimmed}" đã có trong danh mục.` };
  return { ok: true, list: [...list, { id, label: trimmed }] };
}

export function categoryLabel(list: readonly Category[], id: string): string {
  return list.find((category) => category.id === id)?.label ?? id;
}
