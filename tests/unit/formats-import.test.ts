// Imports every reference file written by GDAL's ogr2ogr
// (scripts/format-fixtures/make-format-fixtures.sh) and checks positions
// against the known WGS 84 points (5 cm) and the Vietnamese text (exact).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { readGisFiles } from "../../src/io/formats/read/read-gis-files";
import type { GisChoices, GisReadResult, GisReading } from "../../src/io/formats/read/gis-read-types";
import type { NamedBytes } from "../../src/io/formats/read/gis-file-set";
import { tm3Zone } from "../../src/geo/coordinates/vn2000-zone";
import { loadGdalInNode } from "./support/gdal-in-node";
import { validateGeoJsonValue } from "../../src/io/validate-geojson";

const FIXTURES = "tests/fixtures/formats";
const known = JSON.parse(readFileSync(join(FIXTURES, "known-features.geojson"), "utf8")) as FeatureCollection;
const knownPoints = known.features.filter((feature) => feature.geometry.type === "Point") as Array<FeatureCollection<Point>["features"][number]>;
const options = { loadGdal: loadGdalInNode, provinceMeridian: 105.5 };

const file = (path: string): NamedBytes => ({ name: path.split("/").pop()!, bytes: new Uint8Array(readFileSync(join(FIXTURES, path))) });
const folder = (path: string, only?: RegExp) => readdirSync(join(FIXTURES, path)).filter((name) => !only || only.test(name)).map((name) => file(`${path}/${name}`));

function metres(a: number[], b: number[]): number {
  return Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);
}

function read(result: GisReadResult): GisReading {
  if (result.kind !== "read") throw new Error(result.message);
  return result;
}

/** Every known point has a feature within 5 cm whose `textKey` reads exactly its name. */
function expectKnownPoints(reading: GisReading, textKey: string) {
  expect(reading.collection, reading.problem).not.toBeNull();
  // What the import worker does next: the same validation as any GeoJSON file.
  const validation = validateGeoJsonValue(reading.collection, { fileName: reading.fileName });
  expect(validation.fileProblems).toEqual([]);
  expect(validation.ok).toBe(true);
  const features = reading.collection!.features;
  for (const point of knownPoints) {
    const nearest = features
      .filter((feature) => feature.geometry.type === "Point")
      .map((feature) => ({ feature, distance: metres((feature.geometry as Point).coordinates, point.geometry.coordinates) }))
      .sort((a, b) => a.distance - b.distance)[0];
    expect(nearest.distance, String(point.properties?.ten)).toBeLessThan(0.05);
    expect(nearest.feature.properties?.[textKey]).toBe(point.properties?.ten);
  }
}

describe("importing files made by GDAL", () => {
  it("Shapefile (.zip) in VN-2000 TM-3 105°30′ with TCVN3 text and no .cpg", async () => {
    const reading = read(await readGisFiles([file("diem-tcvn3.zip")], {}, options));
    expect(reading.format).toBe("shapefile");
    expect(reading.crs.recognition).toEqual({ status: "recognised", crs: tm3Zone(105.5) });
    expect(reading.encoding.detected).toBe("tcvn3");
    expect(reading.encoding.previews.some((preview) => preview.byEncoding.tcvn3 === "Thôn Hương Minh" && preview.byEncoding["utf-8"].includes("\uFFFD"))).toBe(true);
    expectKnownPoints(reading, "ten");
  });

  it("Shapefile picked as separate files", async () => {
    expectKnownPoints(read(await readGisFiles(folder("shp-tcvn3"), {}, options)), "ten");
  });

  it("GeoPackage with two tables in VN-2000 UTM 48N (EPSG:3405): choose the table", async () => {
    const first = read(await readGisFiles([file("hai-bang-utm48.gpkg")], {}, options));
    expect(first.layers.map((layer) => layer.label).sort()).toEqual(["hai-bang-utm48.gpkg – dat_quoc_phong", "hai-bang-utm48.gpkg – diem_moc"]);
    const points = read(await readGisFiles([file("hai-bang-utm48.gpkg")], { layer: "hai-bang-utm48.gpkg::diem_moc" }, options));
    expect(points.crs.recognition).toMatchObject({ status: "recognised", crs: { kind: "vn2000-tm", centralMeridian: 105, scale: 0.9996 } });
    expectKnownPoints(points, "ten");
    const polygons = read(await readGisFiles([file("hai-bang-utm48.gpkg")], { layer: "hai-bang-utm48.gpkg::dat_quoc_phong" }, options));
    const ring = (polygons.collection!.features[0].geometry as { coordinates: number[][][] }).coordinates[0];
    expect(metres(ring[0], [105.4201, 18.2801])).toBeLessThan(0.05);
    expect(polygons.collection!.features[0].properties?.ten).toBe("Đất quốc phòng Khu Ấp Ữ");
    expect(validateGeoJsonValue(polygons.collection, { fileName: "hai-bang-utm48.gpkg" }).ok).toBe(true);
  });

  it("MapInfo TAB and MIF/MID in TM-3 105°45′ with Windows-1258 text", async () => {
    for (const only of [/\.(tab|dat|map|id)$/, /\.(mif|mid)$/]) {
      const reading = read(await readGisFiles(folder("mapinfo", only), {}, options));
      expect(reading.crs.recognition).toMatchObject({ status: "recognised", crs: { kind: "vn2000-tm", centralMeridian: 105.75, scale: 0.9999 } });
      expect(reading.encoding).toMatchObject({ detected: "windows-1258", declared: "WindowsVietnamese" });
      expectKnownPoints(reading, "ten");
    }
  });

  it("DXF without a CRS: says so, guesses the province's TM-3 zone, imports with it", async () => {
    const reading = read(await readGisFiles([file("nhan-tm3-10530.dxf")], {}, options));
    expect(reading.crs.recognition.status).toBe("missing");
    expect(reading.crs.guessed).toBe(true);
    expect(reading.crs.used).toEqual(tm3Zone(105.5));
    expect(reading.crs.note).toMatch(/không ghi hệ tọa độ/);
    expectKnownPoints(reading, "Text");
  });

  it("DGN v7 with TCVN3 text (as FAMIS writes), CRS chosen by the user", async () => {
    const choices: GisChoices = { crs: tm3Zone(105.5) };
    const reading = read(await readGisFiles([file("nhan-tcvn3-tm3-10530.dgn")], choices, options));
    expect(reading.encoding.detected).toBe("tcvn3");
    expect(reading.crs.guessed).toBe(false);
    expectKnownPoints(reading, "Text");
  });

  it("CSV in WGS 84 and CSV with VN-2000 X/Y in decimal commas; XLSX", async () => {
    const lonLat = read(await readGisFiles([file("diem-kinh-vi-do.csv")], {}, options));
    expect(lonLat.table?.columns).toEqual({ x: 2, y: 3, system: "degrees" });
    expectKnownPoints(lonLat, "Tên");
    const grid = read(await readGisFiles([file("diem-vn2000-xy.csv")], {}, options));
    expect(grid.table?.columns).toEqual({ x: 3, y: 2, system: "projected" });
    expect(grid.crs.used).toEqual(tm3Zone(105.5));
    expectKnownPoints(grid, "Tên điểm");
    const sheet = read(await readGisFiles([file("diem-kinh-vi-do.xlsx")], {}, options));
    expectKnownPoints(sheet, "Tên");
  });
});
