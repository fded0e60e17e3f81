// Invariants of the committed administrative data (public/admin-2025/, made by
// `npm run admin-data` from the official 2025 source): counts, codes, names,
// boxes, neighbours, land-border flags, and every shipped outline's area
// against the full-resolution source area that units.json records.

import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeProvinceBoundaries } from "../../src/geo/admin";
import { geodesicArea } from "../../src/geo/geodesy/geodesic-area";
import { ADMIN_FOLDER, adminUnits, provinceTopology } from "./admin-data-test-helpers";

const { provinces, communes } = adminUnits;
const provinceByCode = new Map(provinces.map((province) => [province.code, province]));

describe("units.json", () => {
  // DOMAIN.md §1 says 2,621 xã and 687 phường; the official source's full names give 2,611 and 697.
  it("lists the 34 provinces and 3,321 communes (2,611 xã, 697 phường, 13 đặc khu by their full names) with unique codes", () => {
    expect(provinces).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((commune) => commune.code)).size).toBe(3321);
    expect(new Set(provinces.map((province) => province.code)).size).toBe(34);
    const types = communes.reduce<Record<string, number>>((counts, commune) => ({ ...counts, [commune.type]: (counts[commune.type] ?? 0) + 1 }), {});
    expect(types).toEqual({ xã: 2611, phường: 697, "đặc khu": 13 });
    for (const province of provinces) expect(communes.filter((commune) => commune.provinceCode === province.code)).toHaveLength(province.communeCount);
    for (const commune of communes) {
      expect(commune.code).toMatch(/^\d{5}$/);
      expect(commune.fullName.startsWith(commune.type === "xã" ? "Xã " : commune.type === "phường" ? "Phường " : "Đặc khu ")).toBe(true);
      expect(commune.searchKey).toMatch(/^[\x20-\x7e]+$/); // ASCII: no diacritics, no đ
      expect(commune.searchKey).toBe(commune.searchKey.toLowerCase());
    }
  });

  it("has 18313 = Xã Vũ Quang, Hà Tĩnh (42), on the Lao border, 533.5 km²", () => {
    const vuQuang = communes.find((commune) => commune.code === "18313");
    expect(vuQuang).toMatchObject({ name: "Vũ Quang", fullName: "Xã Vũ Quang", type: "xã", provinceCode: "42", provinceName: "Hà Tĩnh", searchKey: "xa vu quang", landBorder: ["LA"] });
    expect(vuQuang?.areaKm2).toBeCloseTo(533.5, 0);
    expect(vuQuang?.bbox.map((value) => Number(value.toFixed(2)))).toEqual([105.26, 18.15, 105.62, 18.45]);
  });

  it("puts every commune's box inside its province's box", () => {
    for (const commune of communes) {
      const province = provinceByCode.get(commune.provinceCode);
      if (!province) throw new Error(`${commune.code}: no province ${commune.provinceCode}`);
      const [w, s, e, n] = province.bbox;
      expect(commune.bbox[0] >= w && commune.bbox[1] >= s && commune.bbox[2] <= e && commune.bbox[3] <= n, commune.code).toBe(true);
    }
  });

  it("has symmetric neighbour lists of existing codes", () => {
    const byCode = new Map(communes.map((commune) => [commune.code, commune]));
    for (const commune of communes)
      for (const neighbour of commune.neighbours) {
        expect(byCode.get(neighbour)?.neighbours, `${commune.code} → ${neighbour}`).toContain(commune.code);
      }
  });

  it("flags 102 communes on the Lao border, 79 on the Chinese, 69 on the Cambodian (DOMAIN.md §7)", () => {
    const count = (country: string) => communes.filter((commune) => commune.landBorder?.includes(country as "LA")).length;
    expect([count("LA"), count("CN"), count("KH")]).toEqual([102, 79, 69]);
  });

  it("stays small enough to load at first start (≤ 300 KB gzip) and the boundaries ≤ 15 MB", async () => {
    const { gzipSync } = await import("node:zlib");
    const { readFileSync } = await import("node:fs");
    expect(gzipSync(readFileSync(`${ADMIN_FOLDER}/units.json`)).length).toBeLessThan(300_000);
    const total = provinces.reduce((sum, province) => sum + statSync(`${ADMIN_FOLDER}/${province.boundaryFile}`).size, 0);
    expect(total).toBeLessThan(15_000_000);
  });
});

describe("province boundary files", () => {
  it("hold exactly each province's communes, inside the listed boxes, with areas within 0.1 % of the source", () => {
    let worst = 0;
    for (const province of provinces) {
      const { communes: shipped } = decodeProvinceBoundaries(provinceTopology(province.code));
      const listed = communes.filter((commune) => commune.provinceCode === province.code);
      expect(shipped.map((feature) => feature.id).sort()).toEqual(listed.map((commune) => commune.code).sort());
      const byCode = new Map(listed.map((commune) => [commune.code, commune]));
      for (const feature of shipped) {
        const unit = byCode.get(String(feature.id));
        if (!unit) throw new Error(`unlisted commune ${feature.id}`);
        const error = Math.abs(geodesicArea(feature.geometry) / 1e6 - unit.areaKm2) / unit.areaKm2;
        worst = Math.max(worst, error);
        expect(error, `${unit.code} ${unit.fullName}`).toBeLessThan(0.001);
        const [w, s, e, n] = unit.bbox;
        const margin = 1e-5; // quantisation (≤ 0.45 m) may nudge a vertex past the rounded box
        const positions = (feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates).flat(2);
        expect(positions.every(([x, y]) => x >= w - margin && x <= e + margin && y >= s - margin && y <= n + margin), unit.code).toBe(true);
      }
    }
    console.info(`[admin-data] worst shipped area error vs source: ${(worst * 100).toFixed(4)} %`);
  }, 120_000);
});
