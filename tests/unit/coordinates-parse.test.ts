// The "Tọa độ" field's parser: every accepted format with good strings, bad
// strings with their Vietnamese message, the area check, and that every text
// shown for copying parses back to the same place.

import { describe, expect, test } from "vitest";
import type { LonLat } from "../../src/domain/coordinate-systems";
import { coordinateExamples, formatAllCoordinates } from "../../src/geo/coordinates/format-coordinates";
import { provinceMeridian } from "../../src/geo/coordinates/vn2000-province-meridians";
import { parseCoordinate } from "../../src/geo/coordinates/parse-coordinate";
import type { AreaOfInterest } from "../../src/geo/coordinates/coordinate-area";
import { wgs84ToVn2000Grid } from "../../src/geo/coordinates/vn2000-projections";

const VU_QUANG: AreaOfInterest = Object.freeze({ name: "xã Vũ Quang", bbox: [105.256, 18.153, 105.619, 18.449] as [number, number, number, number], maxDistanceKm: 20 });
const POINT: LonLat = Object.freeze({ lon: 105.419444, lat: 18.308333 });
const DMS_POINT: LonLat = Object.freeze({ lon: 105 + 25 / 60 + 10 / 3600, lat: 18 + 18 / 60 + 30 / 3600 });

function metresBetween(a: LonLat, b: LonLat): number {
  return Math.hypot((a.lat - b.lat) * 111_320, (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180));
}

function parsedPosition(text: string): LonLat {
  const result = parseCoordinate(text, VU_QUANG);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.position;
}

describe("good strings", () => {
  test.each([
    ["18.308333, 105.419444", POINT, "wgs84-decimal"],
    ["18.308333 105.419444", POINT, "wgs84-decimal"],
    ["18,308333 105,419444", POINT, "wgs84-decimal"],
    ["18.308333; 105.419444", POINT, "wgs84-decimal"],
    ["105.419444, 18.308333", POINT, "wgs84-decimal"],
    ["18.308333°N 105.419444°E", POINT, "wgs84-decimal"],
    ["18°18′30″N 105°25′10″E", DMS_POINT, "wgs84-dms"],
    [`18°18'30"N 105°25'10"E`, DMS_POINT, "wgs84-dms"],
    ["18°18’30”N, 105°25’10”E", DMS_POINT, "wgs84-dms"],
    ["18 18 30 N 105 25 10 E", DMS_POINT, "wgs84-dms"],
    ["N 18 18 30 E 105 25 10", DMS_POINT, "wgs84-dms"],
    ["18 18 30 105 25 10", DMS_POINT, "wgs84-dms"],
    ["105°25′10″E 18°18′30″N", DMS_POINT, "wgs84-dms"],
    ["18°18′30″ Bắc 105°25′10″ Đông", DMS_POINT, "wgs84-dms"],
    ["18°18.5′N 105°25.1666667′E", DMS_POINT, "wgs84-dms"],
  ] as const)("%s", (text, expected, system) => {
    const result = parseCoordinate(text, VU_QUANG);
    if (!result.ok) throw new Error(result.message);
    expect(result.system).toBe(system);
    expect(metresBetween(result.position, expected)).toBeLessThan(0.5);
  });

  test("VN-2000 3° zone: labelled X (north) / Y (east), unlabelled in either order, decimal comma", () => {
    const { easting, northing } = wgs84ToVn2000Grid(POINT, "tm3");
    const [x, y] = [northing.toFixed(2), easting.toFixed(2)];
    for (const text of [`X=${x} Y=${y}`, `VN-2000 Y: ${y}; X: ${x}`, `${x} ${y}`, `${y}, ${x}`, `${x.replace(".", ",")} ${y.replace(".", ",")}`]) {
      const result = parseCoordinate(text, VU_QUANG);
      if (!result.ok) throw new Error(`${text}: ${result.message}`);
      expect(result.system).toBe("vn2000-tm3");
      expect(metresBetween(result.position, POINT)).toBeLessThan(0.05);
    }
  });

  test("VN-2000 UTM 48N, with the zone written several ways", () => {
    const { easting, northing } = wgs84ToVn2000Grid(POINT, "utm48");
    for (const text of [`UTM 48N ${easting} ${northing}`, `VN2000 UTM48 E=${easting} N=${northing}`, `48Q ${northing} ${easting}`]) {
      const result = parseCoordinate(text, VU_QUANG);
      if (!result.ok) throw new Error(`${text}: ${result.message}`);
      expect(result.system).toBe("vn2000-utm48");
      expect(metresBetween(result.position, POINT)).toBeLessThan(0.05);
    }
  });

  test("MGRS with and without spaces", () => {
    expect(metresBetween(parsedPosition("48Q WF 44325 24349"), POINT)).toBeLessThan(1.5);
    expect(metresBetween(parsedPosition("48qwf4432524349"), POINT)).toBeLessThan(1.5);
  });

  test.each([POINT, { lon: 105.3, lat: 18.2 }, { lon: 105.6, lat: 18.44 }])("every formatted system parses back to %o", (point) => {
    for (const formatted of formatAllCoordinates(point)) {
      const result = parseCoordinate(formatted.text, VU_QUANG);
      if (!result.ok) throw new Error(`${formatted.text}: ${result.message}`);
      expect(result.system).toBe(formatted.system);
      expect(metresBetween(result.position, point)).toBeLessThan(1);
    }
  });
});

describe("the field's examples are the open commune's own centre", () => {
  // A commune far from the sample, on another 3° zone: Mường Nhé area, Điện Biên (KTT 103°00′).
  const bbox: [number, number, number, number] = [102.2, 22.1, 102.5, 22.3];
  const meridian = provinceMeridian("Điện Biên")!.centralMeridian;
  const area: AreaOfInterest = { name: "xã biên giới", bbox, maxDistanceKm: 20 };

  test("each example parses, with the province's meridian, to the centre of the commune", () => {
    const examples = coordinateExamples(bbox, meridian);
    expect(examples.decimal).toBe("22.200000, 102.350000");
    for (const text of [examples.decimal, examples.dms, examples.tm3, examples.utm, examples.mgrs]) {
      const result = parseCoordinate(text, area, meridian);
      if (!result.ok) throw new Error(`${text}: ${result.message}`);
      expect(metresBetween(result.position, { lon: 102.35, lat: 22.2 }), text).toBeLessThan(1);
    }
    expect(Object.values(examples).join(" ")).not.toContain("105.4");
  });
});

describe("bad strings get a Vietnamese message saying what is wrong", () => {
  test.each([
    ["", "Chưa nhập tọa độ"],
    ["   ", "Chưa nhập tọa độ"],
    ["abc", "Không nhận ra định dạng"],
    ["18.3", "Cần hai tọa độ"],
    ["18.3 105.4 12", "đọc được 3 số"],
    ["18 18 70 105 25 10", "giây phải từ 0 đến dưới 60"],
    ["18 75 30 105 25 10", "phút phải từ 0 đến dưới 60"],
    ["18.3 N 18.4 N", "cùng là vĩ độ"],
    ["95, 200", "Vĩ độ"],
    ["2025018", "Cần đúng hai số"],
    ["X=2025018", "cần cả X (Bắc) và Y (Đông)"],
    ["2025018 1491289", "ngoài múi chiếu"],
    ["UTM 47N 544131 2024459", "chỉ nhận múi 48 hoặc 49"],
    ["UTM 544131 2024459", "ghi rõ múi UTM"],
    ["48Q WF 4432 24349", "bằng nhau"],
  ])("%j", (text, fragment) => {
    const result = parseCoordinate(text, VU_QUANG);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });

  test("outside Vietnam", () => {
    const result = parseCoordinate("48.8584, 2.2945", VU_QUANG);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("ngoài lãnh thổ Việt Nam") });
  });

  test("in Vietnam but far from the commune (Hà Nội)", () => {
    const result = parseCoordinate("21.0285, 105.8542", VU_QUANG);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("cách địa bàn xã Vũ Quang khoảng 288 km") });
  });

  test("a VN-2000 pair of another province's zone lands far away and is refused", () => {
    const result = parseCoordinate("X=2325018 Y=591289", VU_QUANG);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("cách địa bàn") });
  });

  test("without an area only the Vietnam check applies", () => {
    expect(parseCoordinate("21.0285, 105.8542").ok).toBe(true);
  });
});
