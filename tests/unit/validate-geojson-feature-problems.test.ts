// One test per kind of problem inside a feature: kind, feature index, JSON path
// and a Vietnamese message that names the place and what is wrong.

import { describe, expect, test } from "vitest";
import { looksSwappedForVietnam } from "../../src/io/position-checks";
import { validateGeoJsonText, validateGeoJsonValue } from "../../src/io/validate-geojson";
import { HANOI, collection, deepFreeze, expectVietnamese, feature, point, squareRing, validate } from "./validation-test-helpers";

const valid = feature(point(...HANOI));

/** The only problem of a result, after checking there is exactly one. */
function onlyProblem(fixture: unknown) {
  const result = validate(fixture);
  expect(result.fileProblems).toEqual([]);
  expect(result.problems).toHaveLength(1);
  return result.problems[0];
}

describe("null and empty geometries", () => {
  test("null geometry is reported at features[i].geometry", () => {
    const problem = onlyProblem(collection(valid, valid, feature(null)));
    expect(problem).toMatchObject({ kind: "null-geometry", featureIndex: 2, path: "features[2].geometry" });
    expectVietnamese(problem.message, "Đối tượng số 3 (features[2].geometry)", "không có hình học");
  });

  test("a Polygon with no rings is empty", () => {
    const problem = onlyProblem(collection(feature({ type: "Polygon", coordinates: [] })));
    expect(problem).toMatchObject({ kind: "empty-geometry", featureIndex: 0, path: "features[0].geometry.coordinates" });
    expectVietnamese(problem.message, "Đối tượng số 1", "Polygon rỗng");
  });

  test("an empty polygon inside a MultiPolygon is located by its index", () => {
    const geometry = { type: "MultiPolygon", coordinates: [[squareRing(105, 21)], []] };
    const problem = onlyProblem(collection(valid, feature(geometry)));
    expect(problem).toMatchObject({ kind: "empty-geometry", featureIndex: 1, path: "features[1].geometry.coordinates[1]" });
  });

  test("a GeometryCollection with no geometries is empty", () => {
    const problem = onlyProblem(collection(feature({ type: "GeometryCollection", geometries: [] })));
    expect(problem).toMatchObject({ kind: "empty-geometry", path: "features[0].geometry.geometries" });
    expectVietnamese(problem.message, "GeometryCollection rỗng");
  });
});

describe("coordinates that are not numbers", () => {
  test("a quoted number", () => {
    const problem = onlyProblem(collection(feature({ type: "Point", coordinates: [105.85, "21.03"] })));
    expect(problem).toMatchObject({ kind: "coordinate-not-number", featureIndex: 0, path: "features[0].geometry.coordinates" });
    expectVietnamese(problem.message, "vĩ độ không phải là số", '"21.03"', "dấu ngoặc kép");
  });

  test("null inside a LineString position", () => {
    const line = { type: "LineString", coordinates: [[105, 21], [null, 21.1]] };
    const problem = onlyProblem(collection(valid, valid, valid, feature(line)));
    expect(problem).toMatchObject({ kind: "coordinate-not-number", featureIndex: 3, path: "features[3].geometry.coordinates[1]" });
    expectVietnamese(problem.message, "Đối tượng số 4 (features[3].geometry.coordinates[1])", "kinh độ", "null");
  });

  test("1e999 in the text parses to Infinity and is rejected", () => {
    const text = '{"type":"Point","coordinates":[105.85,1e999]}';
    const [problem] = validateGeoJsonText(text).problems;
    expect(problem).toMatchObject({ kind: "coordinate-not-number", featureIndex: 0, path: "coordinates" });
    expectVietnamese(problem.message, "Infinity");
  });

  test("NaN in an already parsed value", () => {
    const [problem] = validateGeoJsonValue(deepFreeze(point(Number.NaN, 21))).problems;
    expect(problem).toMatchObject({ kind: "coordinate-not-number", path: "coordinates" });
    expectVietnamese(problem.message, "kinh độ", "NaN");
  });
});

describe("coordinate ranges and swapped order", () => {
  test("longitude beyond 180", () => {
    const line = { type: "LineString", coordinates: [[105, 21], [190, 21]] };
    const problem = onlyProblem(collection(feature(line)));
    expect(problem).toMatchObject({ kind: "coordinate-out-of-range", path: "features[0].geometry.coordinates[1]" });
    expectVietnamese(problem.message, "[190, 21]", "ngoài phạm vi", "−180 đến 180");
  });

  test("metre values get a hint about projected VN-2000/UTM coordinates", () => {
    const problem = onlyProblem(collection(feature(point(585000, 2326000))));
    expect(problem.kind).toBe("coordinate-out-of-range");
    expectVietnamese(problem.message, "VN-2000/UTM", "WGS 84");
  });

  test("[lat, lon] of a place in Vietnam is reported as swapped, with the corrected order", () => {
    const problem = onlyProblem(collection(valid, feature(point(21.03, 105.85))));
    expect(problem).toMatchObject({ kind: "coordinates-look-swapped", featureIndex: 1, path: "features[1].geometry.coordinates" });
    expectVietnamese(problem.message, "đảo thứ tự", "[105.85, 21.03]");
  });

  test("an out-of-range position that would not land in Vietnam is not called swapped", () => {
    expect(onlyProblem(collection(feature(point(21.03, 150)))).kind).toBe("coordinate-out-of-range");
    expect(looksSwappedForVietnam(21.03, 105.85)).toBe(true);
    expect(looksSwappedForVietnam(105.85, 21.03)).toBe(false);
    expect(looksSwappedForVietnam(50, 105.85)).toBe(false);
  });
});

describe("rings and lines", () => {
  test("an unclosed hole is located by its ring index", () => {
    const hole = [[105.002, 21.002], [105.004, 21.002], [105.004, 21.004], [105.002, 21.004]];
    const polygon = { type: "Polygon", coordinates: [squareRing(105, 21), hole] };
    const problem = onlyProblem(collection(valid, valid, valid, feature(polygon)));
    expect(problem).toMatchObject({ kind: "unclosed-ring", featureIndex: 3, path: "features[3].geometry.coordinates[1]" });
    expectVietnamese(problem.message, "Đối tượng số 4", "không khép kín", "[105.002, 21.002]", "[105.002, 21.004]");
  });

  test("a ring of three positions is too short", () => {
    const polygon = { type: "MultiPolygon", coordinates: [[[[105, 21], [105.1, 21], [105, 21]]]] };
    const problem = onlyProblem(collection(feature(polygon)));
    expect(problem).toMatchObject({ kind: "ring-too-short", path: "features[0].geometry.coordinates[0][0]" });
    expectVietnamese(problem.message, "chỉ có 3 vị trí", "ít nhất 4");
  });

  test("a LineString of one position is too short", () => {
    const problem = onlyProblem(collection(feature({ type: "LineString", coordinates: [[105, 21]] })));
    expect(problem).toMatchObject({ kind: "line-too-short", path: "features[0].geometry.coordinates" });
    expectVietnamese(problem.message, "đường chỉ có 1 vị trí");
  });
});

describe("invalid structure", () => {
  test("an unknown geometry type", () => {
    const problem = onlyProblem(collection(feature({ type: "Circle", coordinates: [105, 21] })));
    expect(problem).toMatchObject({ kind: "invalid-structure", path: "features[0].geometry.type" });
    expectVietnamese(problem.message, "kiểu hình học không hợp lệ", '"Circle"');
  });

  test("a position that is not an array, inside a GeometryCollection member", () => {
    const geometry = { type: "GeometryCollection", geometries: [point(...HANOI), { type: "MultiPoint", coordinates: [[105, 21], 7] }] };
    const problem = onlyProblem(collection(feature(geometry)));
    expect(problem).toMatchObject({ kind: "invalid-structure", path: "features[0].geometry.geometries[1].coordinates[1]" });
    expectVietnamese(problem.message, "vị trí phải là một mảng");
  });

  test("a feature that is not an object, and one without a geometry member", () => {
    const result = validate(collection(42, { type: "Feature", properties: {} }));
    expect(result.problems.map(({ kind, featureIndex, path }) => ({ kind, featureIndex, path }))).toEqual([
      { kind: "invalid-structure", featureIndex: 0, path: "features[0]" },
      { kind: "invalid-structure", featureIndex: 1, path: "features[1].geometry" },
    ]);
    expectVietnamese(result.problems[1].message, 'thiếu thuộc tính "geometry"');
  });

  test("properties that are not an object", () => {
    const problem = onlyProblem(collection(feature(point(...HANOI), "Đồn Biên phòng")));
    expect(problem).toMatchObject({ kind: "invalid-structure", path: "features[0].properties" });
    expectVietnamese(problem.message, '"properties" phải là một đối tượng');
  });

  test("a malformed bbox is caught by geojson-validation and translated", () => {
    const problem = onlyProblem(collection(valid, feature(point(...HANOI), {}, { bbox: [105, 21, 106] })));
    expect(problem).toMatchObject({ kind: "invalid-structure", featureIndex: 1, path: "features[1]" });
    expectVietnamese(problem.message, "Đối tượng số 2 (features[1])", '"bbox" phải có số phần tử chẵn');
  });
});

describe("several problems in one feature", () => {
  test("repeats of a kind are folded into one problem that says how many more", () => {
    const line = { type: "LineString", coordinates: [[105, 21], [181, 21], [182, 21], [183, 21]] };
    const problem = onlyProblem(collection(feature(line)));
    expect(problem).toMatchObject({ kind: "coordinate-out-of-range", path: "features[0].geometry.coordinates[1]" });
    expectVietnamese(problem.message, "còn gặp ở 2 chỗ khác");
  });

  test("different kinds are listed separately but the feature is counted once", () => {
    const polygon = { type: "Polygon", coordinates: [[[105, 21], [200, 21], [105.1, 21.1], [105, 21.2]]] };
    const result = validate(collection(feature(polygon)));
    expect(result.problems.map((problem) => problem.kind)).toEqual(["coordinate-out-of-range", "unclosed-ring"]);
    expect(result.invalidFeatureCount).toBe(1);
    expect(result.skippedByKind).toEqual({ "coordinate-out-of-range": 1 });
  });
});
