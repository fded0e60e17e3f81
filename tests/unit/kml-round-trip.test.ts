// KML: a Google Earth file reads with its styles; export → import keeps
// geometry, names, properties and colours; scripts and external links are refused.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { FeatureCollection } from "geojson";
import { readKml } from "../../src/io/kml/read-kml";
import { kmlColor, writeKml } from "../../src/io/kml/write-kml";
import { deepFreeze, sampleLayerFromDisk } from "./border-test-helpers";

const fixture = (name: string) => readFileSync(`tests/fixtures/kml/${name}`, "utf8");

describe("KML import", () => {
  test("a Google Earth file: points, lines and polygons with their styles and ExtendedData", () => {
    const result = readKml(fixture("google-earth-styled.kml"), "google-earth-styled.kml");
    if (!result.ok) throw new Error(result.message);
    const [post, route, area] = result.collection.features;
    expect(result.collection.features).toHaveLength(3);
    expect(post.properties).toMatchObject({ name: "Chốt tạm Khe Ve", description: "Điểm dừng chân của tổ tuần tra", strength: "6", "icon-color": "#559d1f" });
    expect(post.geometry).toEqual({ type: "Point", coordinates: [105.2855, 18.2571, 0] });
    expect(route.properties).toMatchObject({ stroke: "#ea5800", "stroke-width": 3 });
    expect(area.geometry.type).toBe("Polygon");
    expect(area.properties).toMatchObject({ fill: "#16a33d" });
    expect(area.properties?.["fill-opacity"]).toBeCloseTo(0x5a / 255, 2);
  });

  test.each([
    ["unsafe-script.kml", "<script>"],
    ["unsafe-network-link.kml", "NetworkLink"],
  ])("%s is refused with a Vietnamese message saying what and where", (name, what) => {
    const result = readKml(fixture(name), name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(what);
    expect(result.message).toMatch(/dòng \d+/);
    expect(result.message).toContain("Chưa có dữ liệu nào được thay đổi");
  });

  test("image links in descriptions and entity declarations are refused too", () => {
    const image = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><description>&lt;img src="https://x.invalid/a.png"&gt;</description><Point><coordinates>105,18</coordinates></Point></Placemark></kml>`;
    expect(readKml(image, "a.kml").ok).toBe(false);
    const entity = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml><Placemark><name>&x;</name></Placemark></kml>`;
    const result = readKml(entity, "b.kml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("DOCTYPE");
  });
});

describe("KML export → import", () => {
  test("the sample militia posts and roads come back with the same geometry, names, properties and colours", () => {
    const posts = sampleLayerFromDisk("militia-post");
    const roads = sampleLayerFromDisk("road");
    const text = writeKml("Vũ Quang", [
      { name: "Chốt dân quân", color: "#15803d", collection: posts },
      { name: "Đường", color: "#ea580c", collection: roads },
    ]);
    expect(text).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    const back = readKml(text, "export.kml");
    if (!back.ok) throw new Error(back.message);
    const originals: FeatureCollection = deepFreeze({ type: "FeatureCollection", features: [...posts.features, ...roads.features] });
    expect(back.collection.features).toHaveLength(originals.features.length);
    back.collection.features.forEach((feature, index) => {
      const original = originals.features[index];
      expect(feature.geometry).toEqual(original.geometry);
      expect(feature.properties?.name).toBe(original.properties?.name);
      // Non-string properties travel as JSON text in ExtendedData.
      expect(feature.properties?.id).toBe(original.properties?.id);
      expect(String(feature.properties?.sample)).toBe("true");
    });
    expect(back.collection.features[0].properties?.["icon-color"]).toBe("#15803d");
    expect(back.collection.features.at(-1)?.properties?.stroke).toBe("#ea580c");
  });

  test("colours convert to KML's aabbggrr", () => {
    expect(kmlColor("#ff8000")).toBe("ff0080ff");
    expect(kmlColor("#15803d", 0.35)).toBe("593d8015");
  });
});
