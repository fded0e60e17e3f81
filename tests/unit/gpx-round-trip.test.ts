// GPX: a Garmin track reads as a line (plus its waypoint); a file with no
// track is refused for patrol logs; export → import keeps points and tracks.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { FeatureCollection } from "geojson";
import { readGpx, readGpxTrack } from "../../src/io/gpx/read-gpx";
import { writeGpx } from "../../src/io/gpx/write-gpx";
import { markersPassedByTrack } from "../../src/geo/border-protection/track-marker-match";
import { markerBasesFrom } from "../../src/domain/border-marker-base";
import { deepFreeze, sampleLayerFromDisk } from "./border-test-helpers";

const fixture = (name: string) => readFileSync(`tests/fixtures/gpx/${name}`, "utf8");

describe("GPX import", () => {
  test("a Garmin track: one line with elevations, plus the waypoint", () => {
    const result = readGpx(fixture("patrol-track-484-486.gpx"), "track.gpx");
    if (!result.ok) throw new Error(result.message);
    const line = result.collection.features.find((feature) => feature.geometry.type === "LineString");
    expect(line?.properties?.name).toBe("Tuần tra 20-11-2026");
    expect(line?.geometry).toMatchObject({ type: "LineString" });
    expect((line?.geometry as { coordinates: number[][] }).coordinates[0]).toEqual([105.2592, 18.2595, 640.2]);
    expect(result.collection.features.some((feature) => feature.geometry.type === "Point" && feature.properties?.name === "Nghỉ giữa đường")).toBe(true);
  });

  test("the patrol track passes markers 484, 485 and 486 within 100 m, and no others", () => {
    const track = readGpxTrack(fixture("patrol-track-484-486.gpx"), "track.gpx");
    if (!track.ok) throw new Error(track.message);
    expect(track.pointCount).toBe(7);
    const markers = markerBasesFrom(sampleLayerFromDisk("border-marker"));
    const matched = markersPassedByTrack(markers, track.track, 100).map((match) => match.markerId).sort();
    expect(matched).toEqual(["border-marker-484", "border-marker-485", "border-marker-486"]);
  });

  test("a GPX with no track is refused for a patrol log, with a clear message", () => {
    const result = readGpxTrack(fixture("waypoints-only.gpx"), "diem.gpx");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("không có hành trình");
    expect(readGpx("<kml/>", "x.gpx").ok).toBe(false);
    expect(readGpx("<gpx", "x.gpx").ok).toBe(false);
  });
});

describe("GPX export → import", () => {
  test("points become waypoints and lines tracks, with the same coordinates and names", () => {
    const posts = sampleLayerFromDisk("militia-post");
    const roads = sampleLayerFromDisk("road");
    const collection: FeatureCollection = deepFreeze({ type: "FeatureCollection", features: [...posts.features, ...roads.features] });
    const { xml, polygonsAsTracks } = writeGpx(collection);
    expect(polygonsAsTracks).toBe(0);
    expect(xml).toContain('<gpx version="1.1"');
    const back = readGpx(xml, "export.gpx");
    if (!back.ok) throw new Error(back.message);
    const points = back.collection.features.filter((feature) => feature.geometry.type === "Point");
    const lines = back.collection.features.filter((feature) => feature.geometry.type !== "Point");
    expect(points.map((feature) => feature.geometry)).toEqual(posts.features.map((feature) => feature.geometry));
    expect(points.map((feature) => feature.properties?.name)).toEqual(posts.features.map((feature) => feature.properties?.name));
    expect(lines.map((feature) => feature.properties?.name)).toEqual(roads.features.map((feature) => feature.properties?.name));
    lines.forEach((feature, index) => {
      const original = roads.features[index].geometry;
      const coordinates = original.type === "LineString" ? original.coordinates : original.type === "MultiLineString" ? original.coordinates[0] : [];
      const backCoordinates = feature.geometry.type === "LineString" ? feature.geometry.coordinates : feature.geometry.type === "MultiLineString" ? feature.geometry.coordinates[0] : [];
      expect(backCoordinates).toEqual(coordinates);
    });
  });
});
