// The Vietnamese translation of geojson-validation's English error strings.

import { describe, expect, test } from "vitest";
import { isFeature } from "geojson-validation";
import { translateLibraryMessage } from "../../src/io/geojson-validation-translation";

describe("translateLibraryMessage", () => {
  test.each([
    ["bbox, must be a 2*n array", '"bbox" phải có số phần tử chẵn (2×n)'],
    ['must have a member with the name "coordinates"', 'thiếu thuộc tính bắt buộc "coordinates"'],
    ['type must be "Feature"', '"type" phải là "Feature"'],
    ["at 0: at 2: Position must be an array", "vị trí phải là một mảng [kinh độ, vĩ độ] (tại [0][2])"],
    ["at 1: The first and last positions must be equivalent", "vị trí đầu và vị trí cuối của vòng đa giác phải trùng nhau (tại [1])"],
    [
      "Position must only contain numbers. Item abc at index 1 is invalid.",
      "vị trí chỉ được chứa số; phần tử abc ở chỉ số 1 không hợp lệ",
    ],
  ])("%s", (english, vietnamese) => {
    expect(translateLibraryMessage(english)).toBe(vietnamese);
  });

  test("the list of allowed types is kept readable", () => {
    const [message] = isFeature({ type: "Feature", properties: {}, geometry: { type: "Circle" } }, true);
    expect(translateLibraryMessage(message)).toBe(
      '"type" phải là một trong: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection',
    );
  });

  test("an unknown string is passed through, marked as the library's own", () => {
    expect(translateLibraryMessage("constructor")).toBe('lỗi cấu trúc GeoJSON (thông báo gốc của thư viện: "constructor")');
  });

  test("every error the library gives for a badly broken feature is translated", () => {
    const broken = { type: "Feature", bbox: 3, geometry: { type: "Polygon", coordinates: [[[0, 0], [1, "x"], [0, 1]]] } };
    for (const message of isFeature(broken, true)) {
      expect(translateLibraryMessage(message)).not.toContain("thông báo gốc");
    }
  });
});
