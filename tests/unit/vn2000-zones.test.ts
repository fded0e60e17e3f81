import { describe, expect, it } from "vitest";
import { vn2000ToWgs84InPlace } from "../../src/geo/coordinates/vn2000-batch-to-wgs84";
import { epsgCodeOf, tm3Zone, utmZone, vn2000CrsFromEpsg, vn2000ZoneToWgs84, wgs84ToVn2000Zone, type Vn2000Crs } from "../../src/geo/coordinates/vn2000-zone";
import { VN2000_PROVINCE_MERIDIANS, formatMeridian, provinceMeridian } from "../../src/geo/coordinates/vn2000-province-meridians";
import { vn2000GridToWgs84 } from "../../src/geo/coordinates/vn2000-projections";

const metresBetween = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
  Math.hypot((a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 110_574);

describe("VN-2000 zones of every province", () => {
  it("has the 63 former provinces, each on a quarter-degree meridian within Vietnam", () => {
    expect(VN2000_PROVINCE_MERIDIANS).toHaveLength(63);
    expect(new Set(VN2000_PROVINCE_MERIDIANS.map((entry) => entry.province)).size).toBe(63);
    for (const { centralMeridian } of VN2000_PROVINCE_MERIDIANS) {
      expect(centralMeridian).toBeGreaterThanOrEqual(103);
      expect(centralMeridian).toBeLessThanOrEqual(108.5);
      expect((centralMeridian * 4) % 1).toBe(0);
    }
    expect(provinceMeridian("ha tinh")?.centralMeridian).toBe(105.5);
    expect(provinceMeridian("TP Hồ Chí Minh")?.centralMeridian).toBe(105.75);
    expect(formatMeridian(104.75)).toBe("104°45′");
  });

  it("agrees with the existing Hà Tĩnh grid and knows the EPSG family", () => {
    const grid = { easting: 491_289, northing: 2_025_018 };
    expect(metresBetween(vn2000ZoneToWgs84(grid, tm3Zone(105.5)), vn2000GridToWgs84(grid, "tm3"))).toBeLessThan(1e-6);
    expect(epsgCodeOf(tm3Zone(105.5))).toBe(9209);
    expect(epsgCodeOf(tm3Zone(105))).toBeUndefined();
    expect(epsgCodeOf(utmZone(49))).toBe(3406);
    expect(vn2000CrsFromEpsg(9205)).toEqual(tm3Zone(103));
  });

  // proj4 keeps the height the datum shift gives on the way there; the batch path takes it as zero: ~1.5 mm at most.
  it("batch conversion matches proj4 within 2 mm across zones", () => {
    const zones: Vn2000Crs[] = [tm3Zone(103), tm3Zone(105.5), tm3Zone(108.5), utmZone(48), utmZone(49), { kind: "vn2000-geographic" }];
    for (const crs of zones) {
      const positions: Array<{ lon: number; lat: number }> = [];
      for (let lat = 8.5; lat <= 23.5; lat += 1.5) for (let dLon = -1.4; dLon <= 1.4; dLon += 0.7) {
        const centre = crs.kind === "vn2000-tm" ? crs.centralMeridian : 106;
        positions.push({ lon: centre + dLon, lat });
      }
      const flat = positions.flatMap((position) => {
        const grid = wgs84ToVn2000Zone(position, crs);
        return [grid.easting, grid.northing];
      });
      vn2000ToWgs84InPlace(flat, crs);
      let worst = 0;
      positions.forEach((position, index) => {
        worst = Math.max(worst, metresBetween({ lon: flat[2 * index], lat: flat[2 * index + 1] }, position));
      });
      expect(worst).toBeLessThan(0.002);
    }
  });
});

describe("the province's 3° zone in the Tọa độ field, the readout and the print grid", () => {
  it("reads and writes X/Y in Nghệ An's zone (104°45′), not Hà Tĩnh's", async () => {
    const { parseCoordinate } = await import("../../src/geo/coordinates/parse-coordinate");
    const { formatVn2000Tm3 } = await import("../../src/geo/coordinates/format-coordinates");
    const position = { lon: 104.9, lat: 19.2 };
    const nghean = provinceMeridian("Nghệ An")!.centralMeridian;
    const text = formatVn2000Tm3(position, nghean);
    expect(text).not.toBe(formatVn2000Tm3(position));
    const parsed = parseCoordinate(text, undefined, nghean);
    expect(parsed.ok && metresBetween(parsed.position, position)).toBeLessThan(0.01);
    const misread = parseCoordinate(text);
    expect(misread.ok && metresBetween(misread.position, position)).toBeGreaterThan(1000);
  });

  it("labels the print grid with the chosen meridian", async () => {
    const { computeGrid } = await import("../../src/geo/print/print-grid");
    const view = { centerLon: 104.9, centerLat: 19.2, zoom: 12, width: 800, height: 600 };
    expect(computeGrid(view, "vn2000", 104.75).caption).toContain("kinh tuyến trục 104°45′");
    expect(computeGrid(view, "vn2000").caption).toContain("kinh tuyến trục 105°30′");
  });
});
