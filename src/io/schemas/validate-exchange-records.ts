// Validates the record lists of an exchange package (drills, marker
// inspections, patrols) against the stored types' schemas, before anything
// is written. The first bad record gives one Vietnamese message naming the
// record and the field; the whole list is refused then, so a package is
// either taken as a whole or not at all.

import * as v from "valibot";
import type { MarkerInspection } from "../../domain/border-marker-register";
import type { DrillPlan } from "../../domain/drill-plan";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { RecordKind } from "../package/package-manifest";
import { drillPlanSchema } from "./drill-plan.schema";
import { markerInspectionSchema } from "./marker-inspection.schema";
import { patrolSchema } from "./patrol.schema";
import { MAX_LIST_LENGTH } from "./schema-primitives";
import { schemaIssueMessage } from "./schema-issue-message";

export interface RecordTypes {
  drills: DrillPlan;
  markerInspections: MarkerInspection;
  patrols: PatrolRecord;
}

const SCHEMAS = { drills: drillPlanSchema, markerInspections: markerInspectionSchema, patrols: patrolSchema } as const;

/** Capitalised, as the message starts with it. */
export const RECORD_KIND_TITLES: Record<RecordKind, string> = {
  drills: "Kế hoạch diễn tập",
  markerInspections: "Lượt kiểm tra cột mốc",
  patrols: "Nhật ký tuần tra",
};

export type RecordListCheck<K extends RecordKind> = { ok: true; records: RecordTypes[K][] } | { ok: false; message: string };

export function validateRecordList<K extends RecordKind>(kind: K, value: unknown): RecordListCheck<K> {
  const title = RECORD_KIND_TITLES[kind];
  if (!Array.isArray(value)) return { ok: false, message: `Danh sách ${title.toLowerCase()} phải là một mảng JSON.` };
  if (value.length > MAX_LIST_LENGTH) return { ok: false, message: `Danh sách ${title.toLowerCase()} có ${value.length} bản ghi, quá giới hạn ${MAX_LIST_LENGTH}.` };
  const records: RecordTypes[K][] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.entries()) {
    const result = v.safeParse(SCHEMAS[kind], item);
    const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
    if (!result.success) {
      // A record without a readable id is named by its place in the list.
      const identity = typeof id === "string" && id !== "" ? { kind: title, id } : { kind: `${title} thứ ${index + 1}` };
      return { ok: false, message: schemaIssueMessage(identity, result.issues) };
    }
    if (seen.has(result.output.id)) return { ok: false, message: `${title} “${result.output.id}” xuất hiện hai lần trong gói.` };
    seen.add(result.output.id);
    records.push(result.output as RecordTypes[K]);
  }
  return { ok: true, records };
}
