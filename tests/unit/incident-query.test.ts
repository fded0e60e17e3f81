// The list's query index: filters (category, status, severity, village, time,
// kind, warnings, recycle bin), accent-insensitive search and sorting agree
// with a plain Array.filter/sort over the same records; statistics and CSV.

import { describe, expect, test } from "vitest";
import type { IncidentRecord } from "../../src/domain/incident";
import { IncidentQueryIndex } from "../../src/domain/incident-query-index";
import { emptyFilter, type IncidentFilter } from "../../src/domain/incident-filter";
import { severityRank, DEFAULT_INCIDENT_CATEGORIES } from "../../src/domain/incident-categories";
import { foldVietnamese } from "../../src/domain/incident-text-folding";
import { incidentStatistics } from "../../src/domain/incident-statistics";
import { statisticsCsv } from "../../src/io/csv/statistics-csv";

const CATEGORIES = ["ma-tuy", "trom-cap", "buon-lau"];
const STATUSES = ["moi", "dang-xac-minh", "dang-xu-ly", "da-giai-quyet", "luu-tru"] as const;
const SEVERITIES = ["thap", "trung-binh", "cao", "khan-cap"];
const VILLAGES: [string | null, string | null][] = [["village-01", "Thôn Phúc Thọ"], ["village-02", "Thôn Kim Quang"], [null, null]];

function record(i: number): IncidentRecord {
  const [villageId, villageName] = VILLAGES[Math.floor(i / 3) % 3];
  return {
    id: `id-${i}`,
    kind: i % 7 === 0 ? "hotspot" : "incident",
    title: i % 10 === 0 ? `Vụ việc ở Vũ Quang số ${i}` : `Vụ ${i}`,
    category: CATEGORIES[i % 3],
    severity: SEVERITIES[i % 4],
    status: STATUSES[i % 5],
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    description: "",
    involved: "",
    responsibleOfficer: i % 11 === 0 ? "Đại úy Lê Thị Hương" : "",
    lon: 105.4,
    lat: 18.3,
    villageId,
    villageName,
    communeName: null,
    attachmentIds: [],
    warnings: i % 13 === 0 ? [{ kind: "defence-land", message: "x" }] : [],
    createdAt: "2026-01-01T00:00:00.000Z",
    createdBy: "A",
    updatedAt: new Date(Date.UTC(2026, 1, 1) - i * 60_000).toISOString(),
    updatedBy: "A",
    version: 1,
    deletedAt: i % 17 === 0 ? "2026-02-01T00:00:00.000Z" : null,
  };
}

const RECORDS = Object.freeze(Array.from({ length: 3000 }, (_, i) => Object.freeze(record(i))));
const searchable = (r: IncidentRecord) => [r.title, r.villageName, r.responsibleOfficer].join(" ");
const index = new IncidentQueryIndex(RECORDS, searchable);

function naive(filter: IncidentFilter): IncidentRecord[] {
  const needle = foldVietnamese(filter.text);
  return RECORDS.filter((r) => {
    const t = Date.parse(r.occurredAt);
    return (
      Boolean(r.deletedAt) === filter.deleted &&
      (!filter.warningsOnly || r.warnings.length > 0) &&
      (filter.from === null || t >= filter.from) &&
      (filter.to === null || t <= filter.to) &&
      (filter.kinds.size === 0 || filter.kinds.has(r.kind)) &&
      (filter.categories.size === 0 || filter.categories.has(r.category)) &&
      (filter.statuses.size === 0 || filter.statuses.has(r.status)) &&
      (filter.severities.size === 0 || filter.severities.has(r.severity)) &&
      (filter.villages.size === 0 || filter.villages.has(r.villageId ?? "")) &&
      foldVietnamese(searchable(r)).includes(needle)
    );
  });
}

const ids = (indexes: Uint32Array) => Array.from(indexes, (i) => RECORDS[i].id);

describe("IncidentQueryIndex", () => {
  test.each<[string, Partial<IncidentFilter>]>([
    ["nothing (live records)", {}],
    ["the recycle bin", { deleted: true }],
    ["category + time range", { categories: new Set(["ma-tuy"]), from: Date.UTC(2026, 0, 10), to: Date.UTC(2026, 1, 10) }],
    ["two statuses and a severity", { statuses: new Set(["moi", "dang-xu-ly"]), severities: new Set(["cao"]) }],
    ["outside every village", { villages: new Set([""]) }],
    ["hotspots with warnings", { kinds: new Set(["hotspot"]), warningsOnly: true }],
    ["an unknown category", { categories: new Set(["khong-co"]) }],
  ])("filters like Array.filter: %s", (_, changes) => {
    const filter = { ...emptyFilter(), ...changes };
    const expected = naive(filter).sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
    expect(ids(index.query(filter, "occurred-desc"))).toEqual(expected.map((r) => r.id));
  });

  test("search is accent-insensitive and case-insensitive", () => {
    const withAccents = ids(index.query({ ...emptyFilter(), text: "Vũ Quang" }, "occurred-asc"));
    const without = ids(index.query({ ...emptyFilter(), text: "vu quang" }, "occurred-asc"));
    expect(without).toEqual(withAccents);
    expect(without).toHaveLength(naive({ ...emptyFilter(), text: "vu quang" }).length);
    expect(without.length).toBeGreaterThan(100);
    expect(ids(index.query({ ...emptyFilter(), text: "le thi huong" }, "occurred-asc")).length).toBeGreaterThan(0);
    expect(ids(index.query({ ...emptyFilter(), text: "đại úy" }, "occurred-asc"))).toEqual(ids(index.query({ ...emptyFilter(), text: "dai uy" }, "occurred-asc")));
  });

  test("sort orders", () => {
    const bySeverity = Array.from(index.query(emptyFilter(), "severity-desc"), (i) => RECORDS[i]);
    for (let k = 1; k < bySeverity.length; k++) expect(severityRank(bySeverity[k - 1].severity)).toBeGreaterThanOrEqual(severityRank(bySeverity[k].severity));
    const asc = Array.from(index.query(emptyFilter(), "occurred-asc"), (i) => Date.parse(RECORDS[i].occurredAt));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const updated = Array.from(index.query(emptyFilter(), "updated-desc"), (i) => Date.parse(RECORDS[i].updatedAt));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });
});

describe("statistics", () => {
  test("counts by category and village add up, and the CSV has one row per village plus totals", () => {
    const listed = index.query({ ...emptyFilter(), categories: new Set(["ma-tuy", "trom-cap"]) }, "occurred-desc");
    const statistics = incidentStatistics(RECORDS, listed, DEFAULT_INCIDENT_CATEGORIES);
    expect(statistics.total).toBe(listed.length);
    expect(statistics.byCategory.reduce((sum, row) => sum + row.count, 0)).toBe(listed.length);
    expect(statistics.byVillage.map((row) => row.label).sort()).toEqual(["Ngoài các thôn", "Thôn Kim Quang", "Thôn Phúc Thọ"]);
    const csv = statisticsCsv(statistics, "Thống kê quý I/2026");
    expect(csv.startsWith("\uFEFFThống kê quý I/2026\r\nThôn / bản,")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2 + 3 + 1);
    expect(lines[1]).toBe("Thôn / bản,Ma túy,Trộm cắp tài sản,Tổng cộng".replace("Ma túy,Trộm cắp tài sản", statistics.byCategory.map((row) => row.label).join(",")));
    expect(lines.at(-1)).toBe(`Tổng cộng,${statistics.byCategory.map((row) => row.count).join(",")},${listed.length}`);
  });

  test("CSV cells that a spreadsheet would execute are neutralised and quoted when needed", () => {
    const statistics = { total: 1, byCategory: [{ id: "x", label: "=HYPERLINK(\"a\")", count: 1 }], byVillage: [{ id: "v", label: "Thôn A, B", count: 1 }], table: new Map([["v", new Map([["x", 1]])]]) };
    const csv = statisticsCsv(statistics, "T");
    expect(csv).toContain(`"'=HYPERLINK(""a"")"`);
    expect(csv).toContain(`"Thôn A, B",1,1`);
  });
});
