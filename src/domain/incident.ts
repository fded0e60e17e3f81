// An incident (vụ việc) or a security hotspot (điểm nóng) recorded by the
// commune police. One record shape for both: a point with category, severity,
// lifecycle status, people involved and photos, plus what sync needs
// (client UUID, version, updatedAt, soft-delete). See incident-ogc-feature.ts
// for how a record maps onto an OGC API – Features item.

import type { IncidentStatus } from "./incident-lifecycle";
import type { Classification } from "./classification";

export type IncidentKind = "incident" | "hotspot";

export const INCIDENT_KINDS: readonly { id: IncidentKind; label: string }[] = [
  { id: "incident", label: "Vụ việc" },
  { id: "hotspot", label: "Điểm nóng" },
];

export type IncidentWarningKind = "defence-land" | "border-belt" | "hotspot-proximity";

/** An early warning raised when the record was placed (DOMAIN.md "cảnh báo sớm"). */
export interface IncidentWarning {
  kind: IncidentWarningKind;
  message: string;
}

/** What the officer types or picks; everything else is derived or bookkeeping. */
export interface IncidentFields {
  kind: IncidentKind;
  title: string;
  category: string;
  severity: string;
  /** ISO 8601 time of occurrence. */
  occurredAt: string;
  description: string;
  /** People and units involved (người, đơn vị liên quan). */
  involved: string;
  responsibleOfficer: string;
  /** Độ mật (domain/classification.ts); absent on records from before marks = Thường. */
  classification?: Classification;
  lon: number;
  lat: number;
  /** "Chia sẻ với Đồn Biên phòng" (border communes): the station sees the record at its next sync. */
  sharedWithBorderStation?: boolean;
}

export interface IncidentRecord extends IncidentFields {
  /** Client-generated UUID; also the OGC feature id. */
  id: string;
  status: IncidentStatus;
  /** Filled from the location: the village (thôn) polygon containing the point. */
  villageId: string | null;
  villageName: string | null;
  communeName: string | null;
  attachmentIds: string[];
  warnings: IncidentWarning[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Starts at 1, +1 on every change (optimistic concurrency for sync). */
  version: number;
  /** Soft delete: set when deleted, null when live or restored. */
  deletedAt: string | null;
}

export function isIncidentKind(value: unknown): value is IncidentKind {
  return value === "incident" || value === "hotspot";
}
