// The edit history of an incident: who changed what, when. A change lists
// each field with its value before and after, so the history reads as
// "Mức độ: Trung bình → Cao" and nothing is overwritten without a trace.

import type { IncidentRecord } from "./incident";

export type IncidentAction = "create" | "update" | "status" | "delete" | "restore" | "attach" | "detach";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface IncidentHistoryRecord {
  id: string;
  incidentId: string;
  action: IncidentAction;
  /** Who made the change: the device profile's user and role, "Nguyễn Văn An (Công an xã)" (app/roles); older entries: a typed name. */
  by: string;
  at: string;
  /** Version of the record after this change. */
  version: number;
  changes: FieldChange[];
  updatedAt: string;
}

/** Fields that are bookkeeping, not content: never listed as changes. */
const BOOKKEEPING = new Set<keyof IncidentRecord>(["id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"]);

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function diffRecords(before: IncidentRecord | null, after: IncidentRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of Object.keys(after) as (keyof IncidentRecord)[]) {
    if (BOOKKEEPING.has(key)) continue;
    const previous = before ? before[key] : undefined;
    if (!same(previous, after[key])) changes.push({ field: key, before: previous ?? null, after: after[key] });
  }
  return changes;
}

export const INCIDENT_ACTION_LABELS: Record<IncidentAction, string> = {
  create: "Tạo mới",
  update: "Sửa",
  status: "Đổi trạng thái",
  delete: "Xóa (có thể khôi phục)",
  restore: "Khôi phục",
  attach: "Thêm ảnh",
  detach: "Gỡ ảnh",
};
