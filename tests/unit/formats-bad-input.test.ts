// Files that cannot be imported as they are: each gets a Vietnamese message
// saying what is wrong and where, and no collection (so nothing is stored).

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { tm3Zone } from "../../src/geo/coordinates/vn2000-zone";
import { readGisFiles } from "../../src/io/formats/read/read-gis-files";
import type { GisChoices, GisReadResult } from "../../src/io/formats/read/gis-read-types";
import type { NamedBytes } from "../../src/io/formats/read/gis-file-set";
import { loadGdalInNode } from "./support/gdal-in-node";

const FIXTURES = "tests/fixtures/formats";
const options = { loadGdal: loadGdalInNode, provinceMeridian: 105.5 };
const shapefile = (): NamedBytes[] =>
  readdirSync(join(FIXTURES, "shp-tcvn3")).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, "shp-tcvn3", name))) }));
const text = (name: string, content: string): NamedBytes => ({ name, bytes: new TextEncoder().encode(content) });

function refusal(result: GisReadResult): string {
  expect(result.kind).toBe("refused");
  return result.kind === "refused" ? result.message : "";
}

const read = (files: NamedBytes[], choices: GisChoices = {}, extra = {}) => readGisFiles(files, choices, { ...options, ...extra });

describe("bad GIS files are refused with a Vietnamese message", () => {
  it("a Shapefile without its .shx or .dbf names the missing file", async () => {
    const withoutShx = await read(shapefile().filter((file) => !file.name.endsWith(".shx")));
    expect(refusal(withoutShx)).toMatch(/“diem-tcvn3\.shp” thiếu \.shx \(chỉ mục hình học\).*Chưa có dữ liệu nào được thay đổi/);
    const withoutDbf = await read(shapefile().filter((file) => !file.name.endsWith(".dbf")));
    expect(refusal(withoutDbf)).toMatch(/thiếu \.dbf \(bảng thuộc tính\)/);
  });

  it("a .prj the app cannot read is named, and the likely CRS is offered", async () => {
    const files = shapefile().map((file) => (file.name.endsWith(".prj") ? text(file.name, 'PROJCS["Hanoi 1972 / Gauss-Kruger",GEOGCS["Hanoi 1972",DATUM["Hanoi_1972",SPHEROID["Krassowsky 1940",6378245,298.3]]') : file));
    const result = await read(files);
    expect(result.kind).toBe("read");
    if (result.kind !== "read") return;
    expect(result.crs.note).toMatch(/Không đọc được hệ tọa độ ghi trong “diem-tcvn3\.shp” \(“PROJCS\["Hanoi 1972/);
    expect(result.crs.guessed).toBe(true);
    expect(result.crs.used).toEqual(tm3Zone(105.5));
  });

  it("a corrupt .shp is refused", async () => {
    const files = shapefile().map((file) => {
      if (!file.name.endsWith(".shp")) return file;
      const bytes = file.bytes.slice(0, 120);
      bytes.fill(0xff, 100);
      return { name: file.name, bytes };
    });
    expect(refusal(await read(files))).toMatch(/Shapefile “diem-tcvn3\.shp” bị hỏng|Không đọc được tệp Shapefile “diem-tcvn3\.shp”/);
  });

  it("a truncated GeoPackage is refused", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "hai-bang-utm48.gpkg")));
    const message = refusal(await read([{ name: "hai-bang-utm48.gpkg", bytes: bytes.slice(0, Math.floor(bytes.length / 3)) }]));
    expect(message).toMatch(/GeoPackage “hai-bang-utm48\.gpkg”.*(bị hỏng|không có đối tượng)/);
  });

  it("a DXF with no geometry is refused", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dxf-"));
    const path = join(folder, "trong.dxf");
    execFileSync("ogr2ogr", ["-f", "DXF", path, join(FIXTURES, "known-features.geojson"), "-where", "1 = 0"]);
    const message = refusal(await read([{ name: "trong.dxf", bytes: new Uint8Array(readFileSync(path)) }]));
    expect(message).toBe("Tệp AutoCAD DXF “trong.dxf” không có đối tượng hình học nào (điểm, đường, vùng) để nhập. Chưa có dữ liệu nào được thay đổi.");
  });

  it("a CSV mixing decimal comma and point names the column, line and value", async () => {
    const csv = "Tên;X;Y\r\nA;2024329,520;489360,552\r\nB;2018683.071;494760,976\r\n";
    expect(refusal(await read([text("toa-do.csv", csv)]))).toBe(
      "Tệp “toa-do.csv”, cột “X”, dòng 3: “2018683.071” dùng kiểu dấu thập phân khác các dòng trước (lẫn dấu phẩy và dấu chấm). Hãy thống nhất một kiểu rồi nhập lại. Chưa có dữ liệu nào được thay đổi.",
    );
  });

  it("a zip bomb is stopped while inflating, even when its header lies about the size", async () => {
    const bomb = zipSync({ "bom.shp": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const cap = { unzipCapBytes: 1024 * 1024 };
    expect(refusal(await read([{ name: "bom.zip", bytes: bomb }], {}, cap))).toMatch(/“bom\.zip” khi giải nén vượt quá giới hạn 1 MB \(tại “bom\.shp”\)/);
    const lying = bomb.slice();
    new DataView(lying.buffer).setUint32(22, 10, true); // local header: uncompressed size = 10 bytes
    expect(refusal(await read([{ name: "bom.zip", bytes: lying }], {}, cap))).toMatch(/vượt quá giới hạn 1 MB/);
  });

  it("positions outside Vietnam after reprojection name the CRS assumed and ask for another", async () => {
    const dxf = { name: "nhan.dxf", bytes: new Uint8Array(readFileSync(join(FIXTURES, "nhan-tm3-10530.dxf"))) };
    const result = await read([dxf], { crs: { kind: "wgs84" } });
    expect(result.kind).toBe("read");
    if (result.kind !== "read") return;
    expect(result.collection).toBeNull();
    expect(result.problem).toBe(
      "Với hệ tọa độ WGS 84 (kinh độ, vĩ độ), 100% vị trí của “nhan.dxf” nằm ngoài lãnh thổ Việt Nam — có lẽ hệ tọa độ không đúng. Hãy chọn hệ tọa độ khác (ví dụ múi 3° của tỉnh khác, hoặc UTM). Chưa có dữ liệu nào được thay đổi.",
    );
  });
});
