// Stored records that fail their schema (io/schemas/) at start — written by
// an older version, a bug, or a hand-edited profile — are quarantined: kept
// in IndexedDB untouched, left out of every view (so one bad drill cannot
// blank the app), and listed in "Dữ liệu lỗi" where they can be exported.
// Each record object is checked once (WeakMap), so a live query that re-reads
// one record re-checks only that one.

import { useSyncExternalStore } from "react";
import * as v from "valibot";
import { drillPlanSchema } from "../../io/schemas/drill-plan.schema";
import { incidentSchema } from "../../io/schemas/incident.schema";
import { importedLayerSchema } from "../../io/schemas/imported-layer.schema";
import type { ImportedLayerRecord } from "../../store/database";
import { markerInspectionSchema } from "../../io/schemas/marker-inspection.schema";
import { patrolSchema } from "../../io/schemas/patrol.schema";
import { schemaIssueMessage } from "../../io/schemas/schema-issue-message";

export type QuarantineKind = "incidents" | "drills" | "markerInspections" | "patrols" | "importedLayers";

const SCHEMAS: Record<QuarantineKind, v.GenericSchema> = {
  incidents: incidentSchema,
  drills: drillPlanSchema,
  markerInspections: markerInspectionSchema,
  patrols: patrolSchema,
  importedLayers: importedLayerSchema,
};

// Compile-time guard (io may not import store types, the app sees both): a valid layer record is an ImportedLayerRecord.
export const importedLayerOutputIsStoredType: (value: v.InferOutput<typeof importedLayerSchema>) => ImportedLayerRecord = (value) => value;

export const QUARANTINE_TITLES: Record<QuarantineKind, string> = {
  incidents: "Vụ việc",
  drills: "Kế hoạch diễn tập",
  markerInspections: "Lượt kiểm tra cột mốc",
  patrols: "Nhật ký tuần tra",
  importedLayers: "Lớp đã nhập",
};

export interface QuarantinedRecord {
  kind: QuarantineKind;
  /** The stored key, or "(không có mã)". */
  id: string;
  /** Vietnamese: which field is wrong. */
  message: string;
  /** The record exactly as stored (for export). */
  record: unknown;
}

/** Per record object: null when valid, else the Vietnamese problem. */
const verdicts = new WeakMap<object, string | null>();
let byKind: Partial<Record<QuarantineKind, readonly QuarantinedRecord[]>> = {};
let snapshot: readonly QuarantinedRecord[] = [];
const listeners = new Set<() => void>();

function verdictOf(kind: QuarantineKind, record: unknown): string | null {
  if (typeof record !== "object" || record === null) return `${QUARANTINE_TITLES[kind]}: bản ghi không phải một đối tượng.`;
  const known = verdicts.get(record);
  if (known !== undefined) return known;
  const result = v.safeParse(SCHEMAS[kind], record);
  const verdict = result.success ? null : schemaIssueMessage({ kind: QUARANTINE_TITLES[kind], id: (record as { id?: unknown }).id }, result.issues);
  verdicts.set(record, verdict);
  return verdict;
}

function publish(kind: QuarantineKind, entries: readonly QuarantinedRecord[]): void {
  const before = byKind[kind] ?? [];
  if (before.length === 0 && entries.length === 0) return;
  byKind = { ...byKind, [kind]: entries };
  snapshot = Object.values(byKind).flat();
  for (const listener of listeners) listener();
}

/** The records of `kind` that pass their schema; the others are listed in quarantine. Same array when all pass. */
export function keepValid<T>(kind: QuarantineKind, records: readonly T[]): readonly T[] {
  const bad: QuarantinedRecord[] = [];
  const valid: T[] = [];
  for (const record of records) {
    const verdict = verdictOf(kind, record);
    if (verdict === null) valid.push(record);
    else {
      const id = (record as { id?: unknown } | null)?.id;
      bad.push({ kind, id: typeof id === "string" && id !== "" ? id : "(không có mã)", message: verdict, record });
    }
  }
  publish(kind, bad);
  return bad.length === 0 ? records : valid;
}

export function useQuarantinedRecords(): readonly QuarantinedRecord[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** The quarantined records as one JSON document, for the officer to send to whoever can repair them. */
export function quarantineExport(records: readonly QuarantinedRecord[], exportedAt: string): Blob {
  const document = { exportedAt, note: "Bản ghi không đạt kiểm tra cấu trúc, được giữ nguyên trong trình duyệt.", records };
  return new Blob([JSON.stringify(document, null, 1)], { type: "application/json" });
}
