// validateGeoJsonText on valid files of every shape, on partly valid files
// ("chỉ nhập các đối tượng hợp lệ"), the skip summary and the problem cap.
// Per-kind problem tests live in validate-geojson-*-problems.test.ts.

import { describe, expect, test } from "vitest";
import {
  canImportValidFeatures,
  summariseSkipped,
  validateGeoJsonValue,
  type ValidationResult,
} from "../../src/io/validate-geojson";
import { HANOI, collection, deepFreeze, expectVietnamese, feature, point, squareRing, validate } from "./validation-test-helpers";

const ALL_GEOMETRY_TYPES = deepFreeze([
  point(...HANOI),
  { type: "MultiPoint", coordinates: [[105.1, 21.1], [105.2, 21.2, 12.5]] },
  { type: "LineString", coordinates: [[105.1, 21.1], [105.2, 21.2]] },
  { type: "MultiLineString", coordinates: [[[105.1, 21.1], [105.2, 21.2]], [[106, 20], [106.1, 20.1]]] },
  // holes clockwise (RFC 7946): otherwise normalisation turns them round and the collection is no longer the input
  { type: "Polygon", coordinates: [squareRing(105, 21, 0.1), squareRing(105.02, 21.02, 0.01).reverse()] },
  { type: "MultiPolygon", coordinates: [[squareRing(105, 21)], [squareRing(106, 20), squareRing(106.002, 20.002, 0.001).reverse()]] },
  { type: "GeometryCollection", geometries: [point(...HANOI), { type: "LineString", coordinates: [[105, 21], [105.1, 21]] }] },
]);

function expectAllValid(result: ValidationResult, count: number): void {
  expect(result.problems).toEqual([]);
  expect(result.fileProblems).toEqual([]);
  expect(result).toMatchObject({ ok: true, validFeatureCount: count, invalidFeatureCount: 0 });
  expect(result.collection?.features).toHaveLength(count);
}

describe("valid files", () => {
  test("a FeatureCollection with every geometry type (holes, altitude, nesting) is valid", () => {
    const result = validate(collection(...ALL_GEOMETRY_TYPES.map((geometry) => feature(geometry))));
    expectAllValid(result, 7);
    expect(result.collection?.features.map((imported) => imported.geometry.type)).toEqual([
      "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]);
  });

  test.each(ALL_GEOMETRY_TYPES.map((geometry) => [geometry.type, geometry] as const))(
    "a bare %s is wrapped into a one-feature collection",
    (_, geometry) => {
      const result = validate(geometry);
      expectAllValid(result, 1);
      expect(result.collection).toEqual({ type: "FeatureCollection", features: [{ type: "Feature", geometry, properties: {} }] });
    },
  );

  test("a single Feature is wrapped, keeping its id and properties", () => {
    const single = feature(point(...HANOI), { name: "Đồn Biên phòng Hương Minh" }, { id: "don-1" });
    const result = validate(single);
    expectAllValid(result, 1);
    expect(result.collection?.features[0]).toEqual({
      type: "Feature",
      id: "don-1",
      geometry: point(...HANOI),
      properties: { name: "Đồn Biên phòng Hương Minh" },
    });
  });

  test("null or missing properties become {}, a null id and foreign members are dropped", () => {
    const withoutProperties = deepFreeze({ type: "Feature", geometry: point(...HANOI) });
    const fixture = collection(feature(point(...HANOI), null, { id: null, title: "x" }), withoutProperties);
    const result = validate(fixture);
    expectAllValid(result, 2);
    for (const imported of result.collection?.features ?? []) {
      expect(imported).toEqual({ type: "Feature", geometry: point(...HANOI), properties: {} });
    }
  });

  test("an already parsed, deep-frozen value is validated without being modified", () => {
    const fixture = collection(feature(point(...HANOI), null), feature(point(21.03, 105.85)));
    const result = validateGeoJsonValue(fixture);
    expect(result.validFeatureCount).toBe(1);
    expect(result.collection?.features[0].properties).toEqual({});
    expect(fixture.features[0]).toMatchObject({ properties: null });
  });
});

describe("partial import", () => {
  const openRing = [[105, 21], [105.01, 21], [105.01, 21.01], [105, 21.01]];
  const fixture = collection(
    feature(point(105.1, 21.1), { name: "A" }),
    feature({ type: "Polygon", coordinates: [openRing] }, { name: "bad ring" }),
    feature(point(105.2, 21.2), { name: "B" }),
    feature(point(185, 21.2), { name: "bad range" }),
    feature({ type: "Polygon", coordinates: [squareRing(105, 21)] }, { name: "C" }),
  );

  test("3 valid + 2 invalid: the collection holds the 3, in order, and the counts match", () => {
    const result = validate(fixture, { fileName: "thon.geojson" });
    expect(result.ok).toBe(false);
    expect(canImportValidFeatures(result)).toBe(true);
    expect(result.fileProblems).toEqual([]);
    expect(result).toMatchObject({ validFeatureCount: 3, invalidFeatureCount: 2 });
    expect(result.collection?.features.map((imported) => imported.properties?.name)).toEqual(["A", "B", "C"]);
    expect(result.problems.map(({ kind, featureIndex }) => [kind, featureIndex])).toEqual([
      ["unclosed-ring", 1],
      ["coordinate-out-of-range", 3],
    ]);
    expect(summariseSkipped(result)).toBe(
      "Bỏ qua 2 đối tượng: 1 có tọa độ ngoài phạm vi, 1 có vòng đa giác không khép kín",
    );
  });

  test("the summary lists the most frequent reason first and its counts add up", () => {
    const result = validate(collection(...fixture.features, fixture.features[1]));
    expect(summariseSkipped(result)).toBe(
      "Bỏ qua 3 đối tượng: 2 có vòng đa giác không khép kín, 1 có tọa độ ngoài phạm vi",
    );
  });

  test("nothing to summarise when nothing was skipped", () => {
    expect(summariseSkipped(validate(collection(feature(point(...HANOI)))))).toBe("Không bỏ qua đối tượng nào");
  });

  test("a collection whose features are all invalid offers nothing to import", () => {
    const result = validate(collection(feature(null), feature(point(200, 0))));
    expect(result).toMatchObject({ ok: false, validFeatureCount: 0, invalidFeatureCount: 2 });
    expect(canImportValidFeatures(result)).toBe(false);
  });
});

describe("problem cap", () => {
  const manyBad = collection(...Array.from({ length: 150 }, (_, index) => feature(point(181 + index / 1000, 21))));

  test("after 100 problems the rest are counted, not listed", () => {
    const result = validate(manyBad);
    expect(result.problems).toHaveLength(101);
    expect(result.problems.slice(0, 100).map((problem) => problem.featureIndex)).toEqual([...Array(100).keys()]);
    const marker = result.problems[100];
    expect(marker).toMatchObject({ kind: "too-many-problems", featureIndex: null, path: "" });
    expectVietnamese(marker.message, "Còn 50 lỗi khác", "100 lỗi đầu tiên");
    expect(result.invalidFeatureCount).toBe(150);
    expect(summariseSkipped(result)).toBe("Bỏ qua 150 đối tượng: 150 có tọa độ ngoài phạm vi");
  });

  test("the cap is configurable", () => {
    const result = validate(manyBad, { maxProblems: 5 });
    expect(result.problems).toHaveLength(6);
    expectVietnamese(result.problems[5].message, "Còn 145 lỗi khác");
  });

  test("no marker when the problems fit", () => {
    const result = validate(manyBad, { maxProblems: 150 });
    expect(result.problems.map((problem) => problem.kind)).not.toContain("too-many-problems");
  });
});

describe("a file written in [lat, lon] order", () => {
  const swapped = (lon: number, lat: number) => feature(point(lat, lon));

  test("when most features look swapped, a file-wide note comes first", () => {
    const result = validate(collection(swapped(105.1, 21.1), swapped(105.2, 21.2), feature(point(...HANOI))), {
      fileName: "latlon.geojson",
    });
    const [note, ...perFeature] = result.problems;
    expect(note).toMatchObject({ kind: "coordinates-look-swapped", featureIndex: null, path: "" });
    expectVietnamese(note.message, "Tệp “latlon.geojson”", "2/3 đối tượng", "[vĩ độ, kinh độ]", "đổi chỗ");
    expect(perFeature.map((problem) => problem.featureIndex)).toEqual([0, 1]);
  });

  test("one swapped feature among several gets no file-wide note", () => {
    const result = validate(collection(swapped(105.1, 21.1), feature(point(...HANOI)), feature(point(106, 20))));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].featureIndex).toBe(0);
  });
});
