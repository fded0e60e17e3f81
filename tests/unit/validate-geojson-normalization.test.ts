// Import normalises the valid features and says what it changed; a clean file
// is stored exactly as it came.

import { describe, expect, it } from "vitest";
import { describeNormalization, reportChangedAnything } from "../../src/geo/normalize";
import { validateGeoJsonText } from "../../src/io/validate-geojson";

const feature = (coordinates: number[][][]) => ({ type: "Feature", properties: { ten: "Thửa 1" }, geometry: { type: "Polygon", coordinates } });
const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

describe("validation normalises the valid features", () => {
  it("keeps a clean file as it is and reports nothing", () => {
    const result = validateGeoJsonText(collection(feature([[[105, 18], [105.01, 18], [105.01, 18.01], [105, 18]]])));
    expect(result.ok).toBe(true);
    expect(reportChangedAnything(result.normalization)).toBe(false);
    expect(result.collection?.features[0].geometry).toEqual({ type: "Polygon", coordinates: [[[105, 18], [105.01, 18], [105.01, 18.01], [105, 18]]] });
  });

  it("drops repeated vertices and repairs a bow-tie, saying so in Vietnamese", () => {
    const repeated = feature([[[105, 18], [105, 18], [105.01, 18], [105.01, 18.01], [105, 18.01], [105, 18]]]);
    const bowTie = feature([[[105.1, 18.1], [105.2, 18.2], [105.2, 18.1], [105.1, 18.2], [105.1, 18.1]]]);
    const result = validateGeoJsonText(collection(repeated, bowTie));
    expect(result.ok).toBe(true);
    expect(result.normalization.repeatedPositionsRemoved).toBe(1);
    expect(result.normalization.polygonsRepaired).toBe(1);
    expect(result.collection?.features[1].geometry.type).toBe("MultiPolygon");
    expect(result.collection?.features[1].properties).toEqual({ ten: "Thửa 1" });
    expect(describeNormalization(result.normalization)).toBe("Đã chuẩn hóa hình học: bỏ 1 đỉnh lặp liên tiếp; sửa 1 vùng tự cắt hoặc tự chạm.");
  });

  it("drops a polygon with no area, counting it", () => {
    const flat = feature([[[105, 18], [105.5, 18.5], [106, 19], [105, 18]]]); // three points on one line
    const result = validateGeoJsonText(collection(flat, feature([[[105, 18], [105.01, 18], [105.01, 18.01], [105, 18]]])));
    expect(result.validFeatureCount).toBe(1);
    expect(result.normalization.degeneratePartsRemoved).toBe(1);
  });
});
