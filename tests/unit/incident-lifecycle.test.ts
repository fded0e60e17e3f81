// The status lifecycle as a table: every pair of statuses is either legal or
// refused with a Vietnamese message naming both and the allowed targets.

import { describe, expect, test } from "vitest";
import { INCIDENT_STATUSES, checkTransition, nextStatuses, type IncidentStatus } from "../../src/domain/incident-lifecycle";
import { addCategory, categoryIdFor, DEFAULT_INCIDENT_CATEGORIES } from "../../src/domain/incident-categories";

const LEGAL: Record<IncidentStatus, IncidentStatus[]> = {
  moi: ["dang-xac-minh", "luu-tru"],
  "dang-xac-minh": ["dang-xu-ly", "da-giai-quyet", "luu-tru"],
  "dang-xu-ly": ["da-giai-quyet", "dang-xac-minh"],
  "da-giai-quyet": ["dang-xu-ly", "luu-tru"],
  "luu-tru": ["dang-xac-minh"],
};

describe("status lifecycle Mới → Đang xác minh → Đang xử lý → Đã giải quyết (+ Lưu trữ)", () => {
  const all = INCIDENT_STATUSES.map((status) => status.id);
  test.each(all.flatMap((from) => all.map((to) => [from, to] as const)))("%s → %s", (from, to) => {
    const result = checkTransition(from, to);
    expect(result.ok).toBe(LEGAL[from].includes(to));
    if (!result.ok) expect(result.message).toMatch(/^Không thể chuyển trạng thái từ ".+" sang ".+"\. Từ ".+" chỉ chuyển được sang: .+\.$/);
  });

  test("the happy path is legal and skipping verification is not", () => {
    expect(nextStatuses("moi")).toContain("dang-xac-minh");
    expect(checkTransition("moi", "da-giai-quyet")).toMatchObject({ ok: false, message: expect.stringContaining('từ "Mới" sang "Đã giải quyết"') });
  });
});

describe("configurable categories", () => {
  test("a local category gets a stable accent-free id; duplicates and empty names are refused", () => {
    expect(categoryIdFor("Trộm gia súc, gia cầm")).toBe("trom-gia-suc-gia-cam");
    const added = addCategory(DEFAULT_INCIDENT_CATEGORIES, "Trộm gia súc");
    expect(added).toMatchObject({ ok: true });
    if (added.ok) expect(added.list.at(-1)).toEqual({ id: "trom-gia-suc", label: "Trộm gia súc" });
    expect(addCategory(DEFAULT_INCIDENT_CATEGORIES, "ma tuý")).toMatchObject({ ok: false });
    expect(addCategory(DEFAULT_INCIDENT_CATEGORIES, " ")).toMatchObject({ ok: false, message: expect.stringContaining("ít nhất 2 ký tự") });
  });
});
