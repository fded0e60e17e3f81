// GPX track ↔ marker matching: a marker is ticked when the track passes within
// the tolerance, measured to the segment (not only to the recorded points).

import { describe, expect, test } from "vitest";
import type { LineString } from "geojson";
import { distance } from "@turf/turf";
import { distanceToTrackMetres, markersPassedByTrack } from "../../src/geo/border-protection/track-marker-match";

// A straight east–west track at lat 18.25, with only its two end points recorded.
const track: LineString = Object.freeze({ type: "LineString", coordinates: Object.freeze([Object.freeze([105.30, 18.25]), Object.freeze([105.32, 18.25])]) }) as LineString;
const metresNorth = (metres: number) => 18.25 + metres / 111_195;

describe("track ↔ marker matching", () => {
  test("distance is measured to the segment and agrees with a geodesic distance", () => {
    const lat = metresNorth(80);
    const measured = distanceToTrackMetres(105.31, lat, track);
    const geodesic = distance([105.31, lat], [105.31, 18.25], { units: "meters" });
    expect(Math.abs(measured - geodesic)).toBeLessThan(0.5);
    // Past the end, the nearest point is the end point.
    expect(distanceToTrackMetres(105.33, 18.25, track)).toBeCloseTo(distance([105.33, 18.25], [105.32, 18.25], { units: "meters" }), 0);
  });

  test("markers within the tolerance are matched, nearest first; others are not", () => {
    const markers = [
      { id: "far", lon: 105.31, lat: metresNorth(150) },
      { id: "near", lon: 105.315, lat: metresNorth(20) },
      { id: "edge", lon: 105.305, lat: metresNorth(95) },
      { id: "beyond-end", lon: 105.3215, lat: 18.25 },
    ];
    expect(markersPassedByTrack(markers, track, 100).map((match) => match.markerId)).toEqual(["near", "edge"]);
    expect(markersPassedByTrack(markers, track, 200).map((match) => match.markerId)).toEqual(["near", "edge", "far", "beyond-end"]);
  });

  test("multi-segment tracks (several GPX trkseg) are searched whole", () => {
    const multi = { type: "MultiLineString" as const, coordinates: [[[105.0, 18.0], [105.01, 18.0]], [[105.30, 18.25], [105.32, 18.25]]] };
    expect(markersPassedByTrack([{ id: "m", lon: 105.31, lat: metresNorth(10) }], multi, 50)).toEqual([{ markerId: "m", distanceMetres: 10 }]);
  });
});
