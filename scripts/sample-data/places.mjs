// Lookups shared by the point layers: which village contains a point, where a
// village's centre is, and the nearest spot on a road.
import * as turf from "@turf/turf";
import { inside } from "./geo-utils.mjs";

/** The village polygon containing the position, else the nearest one. */
export function villageAt(position, villages) {
  const hit = villages.find((v) => inside(position, v.geometry));
  if (hit) return hit;
  const pt = turf.point(position);
  const dist = (v) => turf.pointToLineDistance(pt, turf.polygonToLine(v), { units: "meters" });
  return villages.slice().sort((a, b) => dist(a) - dist(b))[0];
}

/** A representative inside point of a village (centroid when it falls inside). */
export function villageCentre(village) {
  const c = turf.centroid(village).geometry.coordinates;
  return inside(c, village.geometry) ? c : turf.pointOnFeature(village).geometry.coordinates;
}

/** Position at `fraction` (0–1) of a road's length. */
export function alongRoad(road, fraction) {
  const km = turf.length(road, { units: "kilometers" }) * fraction;
  return turf.along(road, km, { units: "kilometers" }).geometry.coordinates;
}

/** Nearest point on any of the roads, with its distance in metres. */
export function nearestRoadPoint(position, roads) {
  const pt = turf.point(position);
  const hits = roads.map((r) => turf.nearestPointOnLine(r, pt, { units: "meters" }));
  hits.sort((a, b) => a.properties.dist - b.properties.dist);
  return { position: hits[0].geometry.coordinates, distM: hits[0].properties.dist };
}
