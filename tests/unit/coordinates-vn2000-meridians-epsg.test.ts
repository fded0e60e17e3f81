// The 63-province central-meridian table (src/geo/coordinates/vn2000-province-meridians.ts)
// against an independent source: the EPSG dataset, whose "VN-2000 / TM-3 …" CRSs carry, as
// their area of use, the list of provinces the circular (Thông tư 973/2001/TT-TCĐC) assigns to
// each meridian. PROJ's `projinfo` (Debian proj-bin, installed with GDAL by
// scripts/ensure-gis-tools.sh) prints those areas; the test reads them from it, so the check is
// against the registry, not against a copy of our own table.

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { VN2000_PROVINCE_MERIDIANS } from "../../src/geo/coordinates/vn2000-province-meridians";

/** Every EPSG VN-2000 TM-3 CRS whose area of use names provinces (the others only say "onshore …"). */
const EPSG_TM3_CODES = [5897, 5898, 5899, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9215, 9216, 9217, 9218];

/** "Hà Tĩnh" / "Ha Tinh" / "Thua Thien-Hue" → "hatinh" / "thuathienhue". */
function fold(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z]/g, "");
}

function epsgProvinceMeridians(): Map<string, number> {
  const byProvince = new Map<string, number>();
  for (const code of EPSG_TM3_CODES) {
    const wkt = execFileSync("projinfo", [`EPSG:${code}`, "-o", "WKT2_2019", "-q"]).toString();
    const meridian = Number(/"Longitude of natural origin",([\d.]+)/.exec(wkt)?.[1]);
    for (const [, area] of wkt.matchAll(/AREA\["Vietnam - ([^"]+)"\]/g)) {
      if (/onshore/.test(area)) continue;
      for (const part of area.replace(/\.$/, "").split(/;|,| and /)) {
        const province = fold(part.replace(/\b(provinces?|cities|city|municipality)\b/g, ""));
        if (province) byProvince.set(province, meridian);
      }
    }
  }
  return byProvince;
}

describe("VN-2000 central meridians per former province", () => {
  const epsg = epsgProvinceMeridians();

  it("reads the provinces of every EPSG VN-2000 TM-3 zone (63 provinces + Hà Tây, merged into Hà Nội in 2008)", () => {
    expect(epsg.size).toBe(64);
    expect(epsg.get("hatay")).toBe(105);
  });

  it("gives each of the 63 provinces the meridian EPSG gives it", () => {
    expect(VN2000_PROVINCE_MERIDIANS).toHaveLength(63);
    const mismatches = VN2000_PROVINCE_MERIDIANS.filter((entry) => epsg.get(fold(entry.province)) !== entry.centralMeridian).map(
      (entry) => `${entry.province}: ${entry.centralMeridian} ≠ EPSG ${epsg.get(fold(entry.province))}`,
    );
    expect(mismatches).toEqual([]);
  });
});
