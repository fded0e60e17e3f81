import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CommuneSearch, type AdminUnits } from "../../src/geo/admin";

const units = JSON.parse(readFileSync("public/admin-2025/units.json", "utf8")) as AdminUnits;
const search = new CommuneSearch(units);
const labels = (query: string, limit?: number) => search.search(query, limit).map((result) => `${result.unit.fullName}|${result.kind === "commune" ? result.unit.provinceName : ""}`);

describe("commune search", () => {
  it("finds Sơn Kim 1 and 2 (Hà Tĩnh) first for an unaccented query", () => {
    expect(labels("son kim").slice(0, 2)).toEqual(["Xã Sơn Kim 1|Hà Tĩnh", "Xã Sơn Kim 2|Hà Tĩnh"]);
  });

  it("ignores case, accents, đ and extra spaces", () => {
    expect(labels("  VŨ   quang ")[0]).toBe("Xã Vũ Quang|Hà Tĩnh");
    expect(labels("vu quang")[0]).toBe("Xã Vũ Quang|Hà Tĩnh");
    const dong = search.search("dong van");
    expect(dong.some((result) => result.unit.fullName === "Xã Đồng Văn")).toBe(true);
  });

  it("finds a commune by its official code, exact code first", () => {
    const results = search.search("18313");
    expect(results[0].kind).toBe("commune");
    expect(results[0].unit.fullName).toBe("Xã Vũ Quang");
    expect(results).toHaveLength(1);
    expect(search.search("1831").every((result) => result.unit.code.startsWith("1831"))).toBe(true);
  });

  it("finds provinces, and communes by name with their province", () => {
    expect(search.search("ha tinh")[0]).toMatchObject({ kind: "province", unit: { code: "42" } });
    const withProvince = labels("vu quang ha tinh");
    expect(withProvince[0]).toBe("Xã Vũ Quang|Hà Tĩnh");
  });

  it("ranks a full-name match above words found elsewhere, and honours the limit", () => {
    const results = search.search("kim son");
    expect(results[0].unit.name.toLowerCase().startsWith("kim sơn")).toBe(true);
    expect(results.map((result) => result.rank)).toEqual([...results.map((result) => result.rank)].sort((a, b) => a - b));
    expect(search.search("xa", 5)).toHaveLength(5);
    expect(search.search("   ")).toEqual([]);
    expect(search.search("khong co xa nay")).toEqual([]);
  });
});
