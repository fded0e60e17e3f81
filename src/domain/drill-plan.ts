// The drill plan ("kế hoạch diễn tập") of the commune military command: what is
// drilled, when, by which forces, and the map elements tied to each phase.
// Pure types and constructors; the rules (phases, conflicts) live beside it.

import type { LineString, Point, Polygon } from "geojson";
import type { Classification } from "./classification";

export type DrillTypeId = "chien-dau-phong-thu-xa" | "phong-chong-thien-tai-tkcn" | "phoi-hop-don-bien-phong";

export const DRILL_TYPES: readonly { id: DrillTypeId; label: string }[] = [
  { id: "chien-dau-phong-thu-xa", label: "Diễn tập chiến đấu phòng thủ xã" },
  { id: "phong-chong-thien-tai-tkcn", label: "Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn" },
  { id: "phoi-hop-don-bien-phong", label: "Diễn tập phối hợp với Đồn Biên phòng" },
];

export type ForceKindId = "dan-quan" | "cong-an" | "bien-phong" | "khac";

/** Default movement speed per force kind (km/h), used for travel-time estimates. */
export const FORCE_KINDS: readonly { id: ForceKindId; label: string; defaultSpeedKmh: number }[] = [
  { id: "dan-quan", label: "Dân quân tự vệ", defaultSpeedKmh: 4 },
  { id: "cong-an", label: "Công an xã", defaultSpeedKmh: 30 },
  { id: "bien-phong", label: "Bộ đội Biên phòng", defaultSpeedKmh: 5 },
  { id: "khac", label: "Lực lượng khác", defaultSpeedKmh: 4 },
];

export interface DrillForce {
  id: string;
  name: string;
  kind: ForceKindId;
  strength: number;
  /** Planned movement speed (km/h) on routes. */
  speedKmh: number;
}

export interface ChecklistItem {
  id: string;
  who: string;
  what: string;
  done: boolean;
}

export interface DrillPhase {
  id: string;
  name: string;
  /** Minutes after H-hour (negative before it). */
  offsetMinutes: number;
  checklist: ChecklistItem[];
  /** After-action review: the actual start (HH:MM) and notes, recorded against the plan. */
  actualStart: string;
  reviewNotes: string;
}

export type DrillElementKind =
  | "assembly-point"
  | "command-post"
  | "protected-target"
  | "route"
  | "evacuation-area"
  | "blocking-point";

export type DrillGeometry = Point | LineString | Polygon;

export const DRILL_ELEMENT_KINDS: readonly { id: DrillElementKind; label: string; geometry: DrillGeometry["type"]; color: string }[] = [
  { id: "assembly-point", label: "Điểm tập kết", geometry: "Point", color: "#2563eb" },
  { id: "command-post", label: "Sở chỉ huy", geometry: "Point", color: "#111827" },
  { id: "protected-target", label: "Mục tiêu bảo vệ", geometry: "Point", color: "#9333ea" },
  { id: "blocking-point", label: "Điểm chốt chặn", geometry: "Point", color: "#dc2626" },
  { id: "route", label: "Tuyến cơ động", geometry: "LineString", color: "#ea580c" },
  { id: "evacuation-area", label: "Khu sơ tán", geometry: "Polygon", color: "#16a34a" },
];

export function elementKindInfo(kind: DrillElementKind) {
  const info = DRILL_ELEMENT_KINDS.find((candidate) => candidate.id === kind);
  if (!info) throw new Error(`Loại yếu tố diễn tập không hợp lệ: ${kind}`);
  return info;
}

export interface DrillElement {
  id: string;
  kind: DrillElementKind;
  name: string;
  phaseId: string;
  forceIds: string[];
  geometry: DrillGeometry;
  /** Evacuation areas: how many people they can take. */
  capacity?: number;
}

export interface DrillPlan {
  id: string;
  name: string;
  type: DrillTypeId;
  /** Day of the drill, YYYY-MM-DD. */
  date: string;
  /** Clock time of H-hour, HH:MM. */
  hHour: string;
  forces: DrillForce[];
  phases: DrillPhase[];
  elements: DrillElement[];
  createdAt: string;
  updatedAt: string;
  /** updatedAt of every saved version, oldest first: lets an exchange tell "newer" from "conflicting". */
  revisions: string[];
  /** Who saved this version (device profile: "name (role)"); absent on plans saved before roles. */
  updatedBy?: string;
  /** Độ mật; absent = Thường. A commune's drill plans are typically Mật (DOMAIN.md §7). */
  classification?: Classification;
  /** "Chia sẻ với Đồn Biên phòng" (border communes): the station sees the plan at its next sync. */
  sharedWithBorderStation?: boolean;
}

export function newDrillPlan(id: string, now: string, fields: Pick<DrillPlan, "name" | "type" | "date" | "hHour" | "classification">): DrillPlan {
  return { id, ...fields, forces: [], phases: [], elements: [], createdAt: now, updatedAt: now, revisions: [now] };
}
