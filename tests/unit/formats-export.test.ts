// Exports a layer as Shapefile and GeoPackage in WGS 84 and in VN-2000 zones,
// then reads the files back with Debian's GDAL command-line tools (ogr2ogr,
// ogrinfo, gdalsrsinfo, gdaltransform — not the code under test): same
// positions within 5 cm, same Vietnamese text, and the CRS GDAL reports is
// the one chosen.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { tm3Zone, utmZone } from "../../src/geo/coordinates/vn2000-zone";
import type { ExportCrs } from "../../src/io/formats/write/export-crs";
import { writeGisFile, type ExportFormat } from "../../src/io/formats/write/write-gis-file";
import { loadGdalInNode } from "./support/gdal-in-node";

const known = Object.freeze(JSON.parse(readFileSync("tests/fixtures/formats/known-features.geojson", "utf8")) as FeatureCollection);
const TOWGS84 = "+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278";

/** The expected coordinates, computed by GDAL/PROJ from the project's parameters. */
function expectedIn(proj: string | null, lon: number, lat: number): number[] {
  if (!proj) return [lon, lat];
  const output = execFileSync("gdaltransform", ["-s_srs", "EPSG:4326", "-t_srs", proj, "-output_xy"], { input: `${lon} ${lat}\n` }).toString();
  return output.trim().split(/\s+/).map(Number);
}

function readBack(path: string, layer: string): FeatureCollection {
  return JSON.parse(execFileSync("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", path, layer], { maxBuffer: 64 * 1024 * 1024 }).toString()) as FeatureCollection;
}

const cases: Array<{ format: ExportFormat; crs: ExportCrs; proj: string | null; units: number; srsCheck: RegExp; epsg?: number }> = [
  { format: "shapefile", crs: { kind: "wgs84" }, proj: null, units: 1e-7, srsCheck: /\+proj=longlat \+datum=WGS84/ },
  { format: "shapefile", crs: tm3Zone(105.5), proj: `+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TOWGS84} +units=m`, units: 0.05, srsCheck: /\+proj=tmerc \+lat_0=0 \+lon_0=105\.5 \+k=0\.9999 \+x_0=500000/, epsg: 9209 },
  { format: "shapefile", crs: tm3Zone(105), proj: `+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TOWGS84} +units=m`, units: 0.05, srsCheck: /\+lon_0=105 \+k=0\.9999/ },
  { format: "geopackage", crs: tm3Zone(105.75), proj: `+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TOWGS84} +units=m`, units: 0.05, srsCheck: /\+proj=tmerc \+lat_0=0 \+lon_0=105\.75 \+k=0\.9999/, epsg: 9210 },
  { format: "geopackage", crs: utmZone(48), proj: `+proj=utm +zone=48 +ellps=WGS84 ${TOWGS84} +units=m`, units: 0.05, srsCheck: /\+proj=utm \+zone=48/, epsg: 3405 },
];

describe("export read back by GDAL", () => {
  for (const { format, crs, proj, units, srsCheck, epsg } of cases) {
    it(`${format} in ${crs.kind === "wgs84" ? "WGS 84" : JSON.stringify(crs)}`, async () => {
      const gdal = await loadGdalInNode();
      const exported = await writeGisFile(gdal, structuredClone(known), "Đất quốc phòng – xã Vũ Quang", format, crs);
      expect(exported).not.toBeNull();
      const folder = mkdtempSync(join(tmpdir(), "export-"));
      const paths: Record<string, string> = {};
      if (format === "shapefile") {
        expect(exported!.fileName).toBe("Dat_quoc_phong_xa_Vu_Quang.zip");
        for (const [name, bytes] of Object.entries(unzipSync(exported!.bytes))) writeFileSync((paths[name] = join(folder, name)), bytes);
        expect(Object.keys(paths).sort()).toContain("Dat_quoc_phong_xa_Vu_Quang_diem.prj");
        expect(readFileSync(paths["Dat_quoc_phong_xa_Vu_Quang_diem.cpg"], "utf8").trim()).toBe("UTF-8");
      } else {
        writeFileSync((paths.gpkg = join(folder, exported!.fileName)), exported!.bytes);
      }
      const pointSource = format === "shapefile" ? paths["Dat_quoc_phong_xa_Vu_Quang_diem.shp"] : paths.gpkg;
      const pointLayer = "Dat_quoc_phong_xa_Vu_Quang_diem";
      const srs = execFileSync("gdalsrsinfo", ["-o", "proj4", format === "shapefile" ? paths["Dat_quoc_phong_xa_Vu_Quang_diem.prj"] : paths.gpkg]).toString();
      expect(srs).toMatch(srsCheck);
      if (epsg) {
        const info = execFileSync("ogrinfo", ["-so", pointSource, pointLayer]).toString();
        expect(info).toMatch(new RegExp(`(ID|AUTHORITY)\\["EPSG",\\s*"?${epsg}"?\\]\\]\\s*Data axis`));
      }
      const points = readBack(pointSource, pointLayer);
      for (const feature of known.features.filter((entry) => entry.geometry.type === "Point")) {
        const [lon, lat] = (feature.geometry as Point).coordinates;
        const expected = expectedIn(proj, lon, lat);
        const match = points.features.find((entry) => entry.properties?.ten === feature.properties?.ten);
        expect(match, String(feature.properties?.ten)).toBeDefined();
        const actual = (match!.geometry as Point).coordinates;
        expect(Math.abs(actual[0] - expected[0])).toBeLessThan(units);
        expect(Math.abs(actual[1] - expected[1])).toBeLessThan(units);
      }
      const polygons = readBack(format === "shapefile" ? paths["Dat_quoc_phong_xa_Vu_Quang_vung.shp"] : paths.gpkg, "Dat_quoc_phong_xa_Vu_Quang_vung");
      expect(polygons.features[0].properties?.ten).toBe("Đất quốc phòng Khu Ấp Ữ");
    });
  }
});
