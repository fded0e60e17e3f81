// Geometry of incidents on the sample commune: village attribution (checked
// against Turf's booleanPointInPolygon), the early warnings (defence land,
// border belt, hotspot with recent incidents) and the hex-bin density.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { booleanPointInPolygon, pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from "geojson";
import { VillageLocator } from "../../src/geo/incidents/incident-village-attribution";
import { DEFAULT_WARNING_SETTINGS, earlyWarnings, type WarningContext } from "../../src/geo/incidents/incident-early-warning";
import { PolygonIndex, type PolygonFeature } from "../../src/geo/indexes/polygon-index";
import { borderBelt } from "../../src/geo/border-protection/border-belt";
import { hexBins } from "../../src/geo/incidents/incident-hexbin";
import { distanceMetres } from "../../src/geo/distances/incident-distance";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
const layer = (id: string) => deepFreeze(JSON.parse(readFileSync(`data/vu-quang/${id}.geojson`, "utf8")) as FeatureCollection);
const villages = layer("village");
const commune = layer("commune");
const defenceLand = layer("defence-land");
const borderLine = layer("border-line");

const interior = (feature: Feature) => (pointOnFeature(feature as Feature<Polygon>).geometry as Point).coordinates as [number, number];

describe("village attribution", () => {
  const locator = new VillageLocator(villages, commune);

  test("a point inside each village is attributed to that village and to the commune", () => {
    for (const village of villages.features) {
      const [lon, lat] = interior(village);
      expect(locator.locate(lon, lat)).toEqual({
        villageId: village.properties?.id,
        villageName: village.properties?.name,
        communeName: "Xã Vũ Quang (dữ liệu mẫu)",
        insideCommune: true,
      });
    }
  });

  test("agrees with Turf's point-in-polygon on 2,000 pseudo-random points over the commune", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 2000; i++) {
      const lon = 105.25 + random() * 0.38;
      const lat = 18.15 + random() * 0.3;
      const expected = villages.features.find((village) => booleanPointInPolygon([lon, lat], village as Feature<Polygon>));
      expect(locator.locate(lon, lat).villageId).toBe(expected ? expected.properties?.id : null);
    }
  });

  test("a point outside the commune has no village and no commune", () => {
    expect(locator.locate(106.5, 17.5)).toEqual({ villageId: null, villageName: null, communeName: null, insideCommune: false });
  });
});

describe("early warning", () => {
  const land = defenceLand.features[0];
  const belt = borderBelt(borderLine.features[0] as Feature<LineString>, commune.features[0] as Feature<Polygon>, 1000);
  const hotspot = { id: "hotspot-01", name: "Đường mòn vượt biên", lon: 105.4, lat: 18.3 };
  const now = Date.parse("2026-03-10T00:00:00Z");
  const context = (incidents: WarningContext["incidents"] = []): WarningContext => ({
    defenceLand: new PolygonIndex(defenceLand.features as PolygonFeature[]),
    borderBelt: belt as Feature<Polygon | MultiPolygon> | null,
    borderBeltMetres: 1000,
    hotspots: [hotspot],
    incidents,
    settings: DEFAULT_WARNING_SETTINGS,
    now,
  });

  test("inside defence land", () => {
    const [lon, lat] = interior(land);
    const warnings = earlyWarnings(lon, lat, context());
    expect(warnings.map((warning) => warning.kind)).toContain("defence-land");
    expect(warnings.find((warning) => warning.kind === "defence-land")?.message).toBe(`Nằm trong đất quốc phòng: ${land.properties?.name}.`);
  });

  test("inside the border belt, but not 2 km further in", () => {
    const [lon, lat] = (borderLine.features[0].geometry as LineString).coordinates[10];
    const near = earlyWarnings(lon + 0.003, lat + 0.001, context());
    expect(near.map((warning) => warning.kind)).toContain("border-belt");
    const inland = commune.features[0];
    const [centreLon, centreLat] = interior(inland);
    expect(earlyWarnings(centreLon, centreLat, context()).some((warning) => warning.kind === "border-belt")).toBe(false);
  });

  test("near a hotspot only when it has recent incidents within the distance", () => {
    const lon = 105.4 + 0.003; // ~320 m east
    expect(distanceMetres(lon, 18.3, hotspot.lon, hotspot.lat)).toBeLessThan(500);
    expect(earlyWarnings(lon, 18.3, context())).toEqual([]);
    const old = { id: "a", lon: 105.401, lat: 18.3, occurredAtMs: now - 40 * 86_400_000 };
    expect(earlyWarnings(lon, 18.3, context([old]))).toEqual([]);
    const recent = { id: "b", lon: 105.401, lat: 18.3, occurredAtMs: now - 3 * 86_400_000 };
    const [warning] = earlyWarnings(lon, 18.3, context([old, recent]));
    expect(warning.kind).toBe("hotspot-proximity");
    expect(warning.message).toMatch(/Cách điểm nóng "Đường mòn vượt biên" 3\d\d m, nơi đã có 1 vụ việc trong 30 ngày qua\./);
    expect(earlyWarnings(105.42, 18.3, context([recent]))).toEqual([]);
  });
});

describe("hex-bin density", () => {
  test("every point is counted once and bins are ~1 km hexagons", () => {
    const lons = Float64Array.from({ length: 1000 }, (_, i) => 105.3 + (i % 100) * 0.002);
    const lats = Float64Array.from({ length: 1000 }, (_, i) => 18.2 + Math.floor(i / 100) * 0.002);
    const indexes = Uint32Array.from({ length: 1000 }, (_, i) => i);
    const bins = hexBins(lons, lats, indexes, { originLon: 105.44, originLat: 18.3, radiusMetres: 500 });
    expect(bins.features.reduce((sum, bin) => sum + bin.properties.count, 0)).toBe(1000);
    for (const bin of bins.features) {
      const ring = bin.geometry.coordinates[0];
      expect(ring).toHaveLength(7);
      expect(ring[0]).toEqual(ring[6]);
      expect(distanceMetres(ring[0][0], ring[0][1], ring[3][0], ring[3][1])).toBeCloseTo(1000, -1);
    }
    // Each point is counted in the hexagon that contains it.
    for (let i = 0; i < 1000; i += 37) {
      const [own] = hexBins(lons, lats, [i], { originLon: 105.44, originLat: 18.3, radiusMetres: 500 }).features;
      expect(booleanPointInPolygon([lons[i], lats[i]], own)).toBe(true);
    }
  });
});
