// A regular grid of sample points over an area, each standing for an equal
// share of its area and for the population of the village it falls in.
// Used to score candidate posts ("suggest the next post") quickly; the
// grid is laid in a metric frame centred on the area.

import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { geodesicArea } from "../geodesy/geodesic-area";
import { LocalMetricFrame } from "../geodesy/local-metric-frame";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { PolygonIndex, type PolygonFeature } from "../indexes/polygon-index";
import type { Areal } from "../shapes/polygon-boolean";
import { shapeBox } from "../shapes/shape-bounds";

export interface AreaSamples {
  frame: LocalMetricFrame;
  /** Planar x, y (metres) of each sample. */
  xy: Float64Array;
  lonLat: Position[];
  areaWeight: Float64Array;
  populationWeight: Float64Array;
  spacingMetres: number;
}

const numberOr0 = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0);

export function sampleArea(area: Areal, villages: readonly Feature<Geometry | null>[], targetCount = 20_000): AreaSamples {
  const [minX, minY, maxX, maxY] = shapeBox(area);
  const frame = new LocalMetricFrame([(minX + maxX) / 2, (minY + maxY) / 2]);
  const areaM2 = geodesicArea(area);
  const spacingMetres = Math.max(1, Math.sqrt(areaM2 / targetCount));
  const [x0, y0] = frame.toPlane([minX, minY]);
  const [x1, y1] = frame.toPlane([maxX, maxY]);
  const lonLat: Position[] = [];
  for (let y = y0 + spacingMetres / 2; y < y1; y += spacingMetres) {
    for (let x = x0 + spacingMetres / 2; x < x1; x += spacingMetres) {
      const position = frame.toLonLat(x, y);
      if (pointInPolygon(position[0], position[1], area)) lonLat.push(position);
    }
  }
  const gridCount = lonLat.length;
  const villagePolygons = villages.filter((village): village is Feature<Polygon | MultiPolygon> => village.geometry?.type === "Polygon" || village.geometry?.type === "MultiPolygon");
  const index = new PolygonIndex(villagePolygons as PolygonFeature[]);
  const owner = lonLat.map(([lon, lat]) => index.findContaining(lon, lat));
  const samplesPerVillage = new Map<number, number>();
  for (const village of owner) if (village >= 0) samplesPerVillage.set(village, (samplesPerVillage.get(village) ?? 0) + 1);
  const populationWeight: number[] = owner.map((village) => (village >= 0 ? numberOr0(villagePolygons[village].properties?.population) / (samplesPerVillage.get(village) ?? 1) : 0));
  // Point villages carry their population at their own position, with no area.
  for (const village of villages) {
    if (village.geometry?.type !== "Point") continue;
    lonLat.push(village.geometry.coordinates);
    populationWeight.push(numberOr0(village.properties?.population));
  }
  const xy = new Float64Array(lonLat.length * 2);
  lonLat.forEach((position, i) => {
    const [x, y] = frame.toPlane(position);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  });
  const areaWeight = new Float64Array(lonLat.length);
  areaWeight.fill(gridCount > 0 ? areaM2 / gridCount : 0, 0, gridCount);
  return { frame, xy, lonLat, areaWeight, populationWeight: Float64Array.from(populationWeight), spacingMetres };
}
