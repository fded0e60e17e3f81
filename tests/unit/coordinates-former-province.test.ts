// The former province (and so the VN-2000 meridian) of every 2025 commune, from its code.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formerProvinceOfCommune } from "../../src/geo/coordinates/former-province-of-commune";
import { provinceMeridian, VN2000_PROVINCE_MERIDIANS } from "../../src/geo/coordinates/vn2000-province-meridians";

const units = JSON.parse(readFileSync("public/admin-2025/units.json", "utf8")) as {
  communes: { code: string; fullName: string; provinceName: string }[];
};

describe("former province of a 2025 commune", () => {
  it("resolves every one of the 3,321 communes to a former province of the meridian table", () => {
    const unresolved = units.communes.filter((commune) => !provinceMeridian(formerProvinceOfCommune(commune.code) ?? "")).map((commune) => commune.code);
    expect(units.communes).toHaveLength(3321);
    expect(unresolved).toEqual([]);
  });

  it("reaches all 63 former provinces, each from communes of the 2025 province it merged into", () => {
    const reached = new Set(units.communes.map((commune) => provinceMeridian(formerProvinceOfCommune(commune.code)!)!.province));
    expect(reached.size).toBe(VN2000_PROVINCE_MERIDIANS.length);
  });

  it("tells apart the two meridians of a merged province", () => {
    expect(formerProvinceOfCommune("18313")).toBe("Hà Tĩnh"); // Xã Vũ Quang
    expect(formerProvinceOfCommune("00715")).toBe("Hà Giang"); // Xã Lũng Cú, now Tuyên Quang: 105°30′
    expect(formerProvinceOfCommune("02200")).toBe("Tuyên Quang"); // 106°00′
    expect(formerProvinceOfCommune("04930")).toBe("Hà Nội"); // a run of Hà Nội codes inside Hòa Bình's
    expect(formerProvinceOfCommune("04942")).toBe("Hòa Bình");
  });

  it("refuses what is not a commune code", () => {
    expect(formerProvinceOfCommune("")).toBeUndefined();
    expect(formerProvinceOfCommune("42")).toBeUndefined();
    expect(formerProvinceOfCommune("00000")).toBeUndefined();
  });
});
