// Issue #12, the Low list (the parts outside the React views): each case was
// observed by the tester and fails without its fix.

import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { strToU8 } from "fflate";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { parseCoordinate } from "../../src/geo/coordinates/parse-coordinate";
import { firstRingCrossing, firstSelfCrossing } from "../../src/geo/shapes/ring-self-crossing";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { mapHashPosition } from "../../src/map/map-hash-position";
import { convertExchangeFile } from "../../src/io/detect-format";
import { validateGeoJsonValue } from "../../src/io/validate-geojson";
import { isUserFacingMessage, userErrorMessage } from "../../src/app/workspace/user-error-message";
import { storageErrorMessage } from "../../src/app/workspace/storage-error-message";

const BOW_TIE: Feature = {
  type: "Feature",
  properties: { name: "Khu nơ" },
  geometry: { type: "Polygon", coordinates: [[[105.40, 18.30], [105.42, 18.32], [105.42, 18.30], [105.40, 18.32], [105.40, 18.30]]] },
};

function collection(...features: unknown[]): FeatureCollection {
  return { type: "FeatureCollection", features } as FeatureCollection;
}

describe("UTM easting/northing are named as the user's grid names them", () => {
  test("E and N swapped in UTM: the message says E (Đông), not Y, and suggests the swap", () => {
    const result = parseCoordinate("UTM 48N E=2024560 N=544140");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("E (Đông) = 2024560");
      expect(result.message).not.toContain("Y (Đông)");
      expect(result.message).toContain("bị đảo");
    }
  });

  test("the 3° grid keeps X (Bắc) and Y (Đông)", () => {
    const result = parseCoordinate("X=544140 Y=2024560");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("Y (Đông)");
  });
});

describe("a bad map hash does not land on the world at 0,0", () => {
  test.each(["#99/999/999", "#5/91/10", "#5/10/181", "#abc"])("%s is no position", (hash) => {
    expect(mapHashPosition(hash)).toBeNull();
  });
  test("a real shared position is kept", () => {
    expect(mapHashPosition("#12.5/18.3/105.43")).toEqual({ zoom: 12.5, lat: 18.3, lng: 105.43 });
  });
});

describe("KML placemarks with garbage coordinates are listed as problems", () => {
  test("the unreadable placemark is in the problem list, the good one is kept", async () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>Tốt</name><Point><coordinates>105.4,18.3</coordinates></Point></Placemark>
      <Placemark><name>Rác</name><Point><coordinates>abc,def</coordinates></Point></Placemark>
    </Document></kml>`;
    const conversion = await convertExchangeFile(new Blob([strToU8(kml)]), "diem.kml");
    expect(conversion.kind).toBe("converted");
    if (conversion.kind === "converted") {
      expect(conversion.result.validFeatureCount).toBe(1);
      expect(conversion.result.invalidFeatureCount).toBe(1);
      expect(conversion.result.problems.map((problem) => problem.featureIndex)).toContain(1);
    }
  });
});

describe("deep nesting in properties is a problem of that feature, not a storage error", () => {
  test("properties 10,000 levels deep are reported at validation", () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 10_000; level++) deep = { inner: deep };
    const result = validateGeoJsonValue(collection({ type: "Feature", properties: { deep }, geometry: { type: "Point", coordinates: [105.4, 18.3] } }));
    expect(result.ok).toBe(false);
    expect(result.problems[0].message).toContain("lồng nhau quá sâu");
    expect(result.problems[0].path).toBe("features[0].properties");
  });

  test("ordinary nested properties (a few levels) pass", () => {
    const result = validateGeoJsonValue(collection({ type: "Feature", properties: { a: { b: [{ c: 1 }] } }, geometry: { type: "Point", coordinates: [105.4, 18.3] } }));
    expect(result.ok).toBe(true);
  });
});

describe("a bow-tie polygon is warned about, and can be repaired", () => {
  test("without repair: a problem naming the crossing, the feature held back", () => {
    const result = validateGeoJsonValue(collection(BOW_TIE));
    expect(result.ok).toBe(false);
    expect(result.problems[0].kind).toBe("self-intersecting-ring");
    expect(result.problems[0].message).toContain("tự cắt (hình nơ)");
    expect(result.problems[0].message).toContain("Sửa hình tự cắt rồi nhập");
  });

  test("with repair: imported with both lobes, no ring crossing itself", () => {
    const result = validateGeoJsonValue(collection(BOW_TIE), { repairSelfCrossing: true });
    expect(result.ok).toBe(true);
    const geometry = result.collection?.features[0].geometry as Polygon | MultiPolygon;
    expect(firstSelfCrossing(geometry)).toBeNull();
    expect(pointInPolygon(105.403, 18.31, geometry)).toBe(true);
    expect(pointInPolygon(105.417, 18.31, geometry)).toBe(true);
    expect(pointInPolygon(105.41, 18.303, geometry)).toBe(false);
  });

  test("real boundaries (touching, repeated vertices) are not called self-crossing", () => {
    for (const layer of ["commune", "village", "defence-land"]) {
      const value = JSON.parse(readFileSync(`data/vu-quang/${layer}.geojson`, "utf8")) as unknown;
      const result = validateGeoJsonValue(value);
      expect(result.problems.filter((problem) => problem.kind === "self-intersecting-ring"), layer).toEqual([]);
    }
  });

  test("a ring touching itself at a vertex is not a crossing", () => {
    const figureEight = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(firstRingCrossing(figureEight)).toBeNull();
  });

  test("a long ring (swept, not pairwise) still finds its crossing", () => {
    const ring: number[][] = [];
    for (let step = 0; step <= 200; step++) ring.push([step / 100, Math.sin(step / 10) * 0.01]);
    ring.push([2, 1], [1.005, -1], [0, 1], [0, 0]);
    expect(firstRingCrossing(ring)).not.toBeNull();
  });
});

describe("English engine errors never reach the user", () => {
  test("a TypeError becomes the Vietnamese fallback; our own messages pass", () => {
    expect(userErrorMessage(new TypeError("e is not iterable"), "Lỗi không mong đợi.")).toBe("Lỗi không mong đợi.");
    expect(userErrorMessage(new Error("Không tìm thấy vụ việc."), "x")).toBe("Không tìm thấy vụ việc.");
    expect(isUserFacingMessage("Không nhập được… TypeError: Cannot read properties of undefined (reading 'name')")).toBe(false);
  });

  test("a storage failure names no English", () => {
    const message = storageErrorMessage(new TypeError("Cannot read properties of undefined (reading 'name')"));
    expect(message).not.toMatch(/TypeError|undefined|Cannot/);
    expect(isUserFacingMessage(message)).toBe(true);
    expect(storageErrorMessage(Object.assign(new Error("x"), { name: "QuotaExceededError" }))).toContain("đã đầy");
  });
});

describe("the attribute panel names a feature by its own name only", () => {
  test("an inherited name (a `__proto__` property turned prototype) or a `hasOwnProperty` key is not the title", async () => {
    const { featureTitle, attributeLabel, formatAttributeValue } = await import("../../src/domain/attribute-labels");
    const inherited = Object.create({ name: "Tên giả từ __proto__" }) as Record<string, unknown>;
    Object.defineProperty(inherited, "hasOwnProperty", { value: "Tên giả", enumerable: true });
    expect(featureTitle(inherited)).toBeNull();
    expect(featureTitle({ name: "Chốt 1", hasOwnProperty: "x" })).toBe("Chốt 1");
    expect(attributeLabel("hasOwnProperty")).toBe("hasOwnProperty");
    expect(attributeLabel("constructor")).toBe("constructor");
    expect(formatAttributeValue("status", "constructor")).toBe("constructor");
  });
});

describe("draft autosave over quota tells the user", () => {
  test("a rejected draft write (AbortError around QuotaExceededError) becomes a Vietnamese message, not an uncaught rejection", async () => {
    const { autosaveDraft } = await import("../../src/app/incidents/draft-autosave");
    const quota = Object.assign(new Error("Transaction aborted"), { name: "AbortError", inner: { name: "QuotaExceededError" } });
    const message = await autosaveDraft(() => Promise.reject(quota));
    expect(message).toContain("Bản nháp chưa được lưu tạm");
    expect(message).toContain("đã đầy");
    expect(message).not.toMatch(/AbortError|Transaction/);
    expect(await autosaveDraft(() => Promise.resolve())).toBeNull();
  });
});
