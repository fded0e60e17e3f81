// The direct Shapefile reader against files written by Debian's ogr2ogr:
// polygons with holes and multipolygons come back with their holes in the
// right polygon and RFC 7946 winding; lines and multipoints keep their parts.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { readShpGeometries } from "../../src/io/formats/shapefile/read-shp";
import { readDbf } from "../../src/io/formats/shapefile/read-dbf";

const square = (x: number, y: number, size: number, clockwise = false): Position[] => {
  const ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
  return clockwise ? ring.reverse() : ring;
};
const signedArea = (ring: Position[]) => ring.reduce((sum, [x, y], index) => (index === 0 ? 0 : sum + (ring[index - 1][0] * y - x * ring[index - 1][1])), 0) / 2;

function shapefileOf(features: object[]): { shp: Uint8Array; dbf: Uint8Array } {
  const folder = mkdtempSync(join(tmpdir(), "shp-reader-"));
  writeFileSync(join(folder, "in.geojson"), JSON.stringify({ type: "FeatureCollection", features }));
  execFileSync("ogr2ogr", ["-f", "ESRI Shapefile", join(folder, "out.shp"), join(folder, "in.geojson"), "-lco", "ENCODING=UTF-8"]);
  return { shp: new Uint8Array(readFileSync(join(folder, "out.shp"))), dbf: new Uint8Array(readFileSync(join(folder, "out.dbf"))) };
}

describe("reading Shapefiles without GDAL", () => {
  it("puts each hole in its polygon, outer rings counter-clockwise", () => {
    const { shp, dbf } = shapefileOf([
      { type: "Feature", properties: { ten: "Có lỗ" }, geometry: { type: "Polygon", coordinates: [square(0, 0, 10), square(2, 2, 2, true)] } },
      { type: "Feature", properties: { ten: "Hai vùng" }, geometry: { type: "MultiPolygon", coordinates: [[square(20, 0, 5)], [square(30, 0, 5), square(31, 1, 1, true)]] } },
    ]);
    const [withHole, multi] = readShpGeometries(shp)!;
    expect(withHole?.type).toBe("Polygon");
    const rings = (withHole as Polygon).coordinates;
    expect(rings).toHaveLength(2);
    expect(signedArea(rings[0])).toBeGreaterThan(0);
    expect(signedArea(rings[1])).toBeLessThan(0);
    expect(multi?.type).toBe("MultiPolygon");
    const polygons = (multi as MultiPolygon).coordinates;
    expect(polygons.map((polygon) => polygon.length)).toEqual([1, 2]);
    expect(polygons[1][1][0][0]).toBeGreaterThanOrEqual(31);
    const table = readDbf(dbf);
    expect(new TextDecoder().decode(table.rows[1]![0] as Uint8Array)).toBe("Hai vùng");
  });

  it("keeps line parts and multipoints", () => {
    const { shp } = shapefileOf([
      { type: "Feature", properties: { n: 1 }, geometry: { type: "MultiLineString", coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 5]]] } },
    ]);
    expect(readShpGeometries(shp)).toEqual([{ type: "MultiLineString", coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 5]]] }]);
    const points = shapefileOf([{ type: "Feature", properties: { n: 1 }, geometry: { type: "MultiPoint", coordinates: [[1, 2], [3, 4]] } }]);
    expect(readShpGeometries(points.shp)).toEqual([{ type: "MultiPoint", coordinates: [[1, 2], [3, 4]] }]);
  });
});
