import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { normalizeAnalysisInput } from "../../src/workers/normalize-analysis-input";

const repeatedSquare: Feature<Polygon> = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[0, 0], [0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } };
const post = { type: "Feature" as const, properties: { name: "Chốt 1" }, geometry: { type: "Point" as const, coordinates: [0.5, 0.5] } };

describe("normalizeAnalysisInput", () => {
  it("normalises feature arrays at the top level and one object down, and leaves clean features alone", () => {
    const road = { type: "Feature" as const, properties: {}, geometry: { type: "LineString" as const, coordinates: [[0, 0], [0, 0], [1, 1]] } };
    const input = Object.freeze({ area: [repeatedSquare], posts: [post], mode: { kind: "travel", roads: [road] }, layers: { villages: [repeatedSquare] }, widthMetres: 1000 });
    const result = normalizeAnalysisInput(input);
    expect(result.area[0].geometry.coordinates[0]).toHaveLength(5);
    expect(result.layers.villages[0].geometry.coordinates[0]).toHaveLength(5);
    expect(result.mode.roads[0].geometry.coordinates).toEqual([[0, 0], [1, 1]]);
    expect(result.posts[0]).toBe(post);
    expect(result.widthMetres).toBe(1000);
    expect(input.area[0]).toBe(repeatedSquare); // the caller's input is not modified
  });
});
