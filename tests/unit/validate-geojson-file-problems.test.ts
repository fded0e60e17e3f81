// Problems that make the whole file unusable: nothing is imported, the result
// has no collection, and the Vietnamese message names the file.

import { afterEach, describe, expect, test, vi } from "vitest";
import { validateGeoJsonFile } from "../../src/io/validate-geojson-file";
import { canImportValidFeatures, validateGeoJsonText, type ValidationResult } from "../../src/io/validate-geojson";
import { HANOI, collection, deepFreeze, expectVietnamese, feature, point, validate } from "./validation-test-helpers";

/** The single file problem of a result that must import nothing. */
function onlyFileProblem(result: ValidationResult) {
  expect(result).toMatchObject({ ok: false, collection: null, validFeatureCount: 0, problems: [] });
  expect(canImportValidFeatures(result)).toBe(false);
  expect(result.fileProblems).toHaveLength(1);
  return result.fileProblems[0];
}

afterEach(() => vi.restoreAllMocks());

describe("not JSON", () => {
  test("the line and column come from the engine's message", () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [ {"type": "Feature",} ]\n}';
    const problem = onlyFileProblem(validateGeoJsonText(text, { fileName: "xa.geojson" }));
    expect(problem).toMatchObject({ kind: "not-json", featureIndex: null, path: "", line: 3, column: 36 });
    expectVietnamese(problem.message, "Tệp “xa.geojson” không phải JSON hợp lệ", "dòng 3, cột 36");
  });

  test("a trailing comma in an array (V8 gives only a quoted snippet) is still located", () => {
    const text = '{"type": "MultiPoint",\n "coordinates": [[105.1, 21.1], [105.2, 21.2],]}';
    const problem = onlyFileProblem(validateGeoJsonText(text));
    expect(problem).toMatchObject({ kind: "not-json", line: 2, column: 47 });
    expect(text.split("\n")[1][47 - 1]).toBe("]");
  });

  test("an engine that reports only an offset (older V8) still gives line and column", () => {
    vi.spyOn(JSON, "parse").mockImplementation(() => {
      throw new SyntaxError("Unexpected token } in JSON at position 9");
    });
    const problem = onlyFileProblem(validateGeoJsonText('{\n "a": 1}\n'));
    expect(problem).toMatchObject({ kind: "not-json", line: 2, column: 8 });
  });

  test("a message without a location gives none", () => {
    vi.spyOn(JSON, "parse").mockImplementation(() => {
      throw new SyntaxError("JSON Parse error: Unexpected identifier");
    });
    const problem = onlyFileProblem(validateGeoJsonText("{oops}"));
    expect(problem.kind).toBe("not-json");
    expect(problem.line).toBeUndefined();
    expectVietnamese(problem.message, "không phải JSON hợp lệ. Chi tiết kỹ thuật: JSON Parse error");
  });
});

describe("size and emptiness", () => {
  test("a file over the limit is refused before parsing", () => {
    const parse = vi.spyOn(JSON, "parse");
    const text = JSON.stringify(collection(feature(point(...HANOI), { name: "x".repeat(200) })));
    const problem = onlyFileProblem(validateGeoJsonText(text, { maxBytes: 100, fileName: "lon.geojson" }));
    expect(problem).toMatchObject({ kind: "too-large", path: "" });
    expectVietnamese(problem.message, "Tệp “lon.geojson” quá lớn", "MB", "giới hạn");
    expect(parse).not.toHaveBeenCalled();
  });

  test("the limit counts UTF-8 bytes, not characters", () => {
    const text = JSON.stringify(feature(point(...HANOI), { name: "ố".repeat(40) }));
    expect(text.length).toBeLessThan(150); // 40 × "ố" is 40 characters but 120 bytes
    expect(validateGeoJsonText(text, { maxBytes: 150 }).fileProblems[0]?.kind).toBe("too-large");
    expect(validateGeoJsonText(text, { maxBytes: 250 }).ok).toBe(true);
  });

  test("the default limit is 200 MB, and a caller-supplied byteLength is trusted", () => {
    const text = JSON.stringify(feature(point(...HANOI)));
    expect(validateGeoJsonText(text, { byteLength: 200 * 1024 * 1024 }).ok).toBe(true);
    const problem = onlyFileProblem(validateGeoJsonText(text, { byteLength: 200 * 1024 * 1024 + 1 }));
    expectVietnamese(problem.message, "giới hạn là 200 MB");
  });

  test("a File over the limit is refused without reading its text", async () => {
    const file = new File(["{}".repeat(100)], "to.geojson");
    const read = vi.spyOn(file, "text");
    const problem = onlyFileProblem(await validateGeoJsonFile(file, { maxBytes: 50 }));
    expect(problem.kind).toBe("too-large");
    expectVietnamese(problem.message, "Tệp “to.geojson”");
    expect(read).not.toHaveBeenCalled();
  });

  test("a File within the limit is read and validated under its own name", async () => {
    const file = new File([JSON.stringify(collection(feature(point(21.03, 105.85))))], "dao.geojson");
    const result = await validateGeoJsonFile(file);
    expect(result.problems[0]).toMatchObject({ kind: "coordinates-look-swapped", featureIndex: 0 });
  });

  test.each([["empty", ""], ["whitespace", "  \n\t "], ["byte-order mark only", "\uFEFF\n"]])("%s text is an empty file", (_, text) => {
    const problem = onlyFileProblem(validateGeoJsonText(text, { fileName: "trong.geojson" }));
    expect(problem).toMatchObject({ kind: "empty-file", featureIndex: null, path: "" });
    expectVietnamese(problem.message, "Tệp “trong.geojson” rỗng");
  });

  test("a byte-order mark before valid JSON is accepted", () => {
    expect(validateGeoJsonText(`\uFEFF${JSON.stringify(point(...HANOI))}`).ok).toBe(true);
  });
});

describe("not GeoJSON", () => {
  test.each([
    ["an array", [point(...HANOI)], "", "đối tượng JSON có thuộc tính \"type\""],
    ["a number", 42, "", "đối tượng JSON có thuộc tính \"type\""],
    ["an object without type", { features: [] }, "", "thiếu thuộc tính \"type\""],
    ["an unknown type", { type: "Layer" }, "type", "\"Layer\""],
    ["TopoJSON", { type: "Topology", objects: {} }, "type", "TopoJSON"],
  ])("%s", (_, fixture, path, phrase) => {
    const problem = onlyFileProblem(validate(deepFreeze(fixture)));
    expect(problem).toMatchObject({ kind: "not-geojson", featureIndex: null, path });
    expectVietnamese(problem.message, "không phải GeoJSON", phrase);
  });
});

describe("collection-level problems", () => {
  test("an empty FeatureCollection has no features", () => {
    const problem = onlyFileProblem(validate(collection()));
    expect(problem).toMatchObject({ kind: "no-features", path: "features" });
    expectVietnamese(problem.message, "không có đối tượng nào");
  });

  test("features that are not an array", () => {
    const problem = onlyFileProblem(validate(deepFreeze({ type: "FeatureCollection", features: {} })));
    expect(problem).toMatchObject({ kind: "invalid-structure", path: "features" });
    expectVietnamese(problem.message, "\"features\" của FeatureCollection phải là một mảng");
  });
});

describe("legacy crs member", () => {
  const withCrs = (name: string) =>
    deepFreeze({ ...collection(feature(point(...HANOI))), crs: { type: "name", properties: { name } } });

  test("VN-2000 / UTM 48N is refused with a conversion hint", () => {
    const problem = onlyFileProblem(validate(withCrs("urn:ogc:def:crs:EPSG::3405"), { fileName: "vn2000.geojson" }));
    expect(problem).toMatchObject({ kind: "unsupported-crs", featureIndex: null, path: "crs" });
    expectVietnamese(problem.message, "urn:ogc:def:crs:EPSG::3405", "hệ VN-2000", "WGS 84", "chuyển sang WGS 84");
  });

  test("another system is refused without calling it VN-2000", () => {
    const problem = onlyFileProblem(validate(withCrs("EPSG:3857")));
    expect(problem.kind).toBe("unsupported-crs");
    expect(problem.message).not.toContain("hệ VN-2000");
  });

  test.each(["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/4326"])(
    "WGS 84 (%s) is accepted",
    (name) => expect(validate(withCrs(name)).ok).toBe(true),
  );
});
