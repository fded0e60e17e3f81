// The status lifecycle of an incident or hotspot: Mới → Đang xác minh →
// Đang xử lý → Đã giải quyết, plus Lưu trữ (the texts' "dự báo, phát hiện,
// hòa giải, xử lý"). Only the transitions listed here are legal; anything
// else is refused with a Vietnamese message, so a record cannot jump from
// "Mới" to "Đã giải quyết" without being verified.

export type IncidentStatus = "moi" | "dang-xac-minh" | "dang-xu-ly" | "da-giai-quyet" | "luu-tru";

export const INCIDENT_STATUSES: readonly { id: IncidentStatus; label: string }[] = [
  { id: "moi", label: "Mới" },
  { id: "dang-xac-minh", label: "Đang xác minh" },
  { id: "dang-xu-ly", label: "Đang xử lý" },
  { id: "da-giai-quyet", label: "Đã giải quyết" },
  { id: "luu-tru", label: "Lưu trữ" },
];

const TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  moi: ["dang-xac-minh", "luu-tru"],
  // Verification may find nothing to handle: straight to resolved.
  "dang-xac-minh": ["dang-xu-ly", "da-giai-quyet", "luu-tru"],
  // Handling may send it back for more verification.
  "dang-xu-ly": ["da-giai-quyet", "dang-xac-minh"],
  // A resolved case may flare up again (reopen) or be archived.
  "da-giai-quyet": ["dang-xu-ly", "luu-tru"],
  // An archived case is reopened for verification.
  "luu-tru": ["dang-xac-minh"],
};

export function statusLabel(status: IncidentStatus): string {
  return INCIDENT_STATUSES.find((entry) => entry.id === status)?.label ?? status;
}

export function isIncidentStatus(value: unknown): value is IncidentStatus {
  return INCIDENT_STATUSES.some((entry) => entry.id === value);
}

export function nextStatuses(from: IncidentStatus): readonly IncidentStatus[] {
  return TRANSITIONS[from];
}

export function checkTransition(from: IncidentStatus, to: IncidentStatus): { ok: true } | { ok: false; message: string } {
  if (TRANSITIONS[from].includes(to)) return { ok: true };
  const allowed = TRANSITIONS[from].map(statusLabel).join(", ");
  return { ok: false, message: `Không thể chuyển trạng thái từ "${statusLabel(from)}" sang "${statusLabel(to)}". Từ "${statusLabel(from)}" chỉ chuyển được sang: ${allowed}.` };
}
