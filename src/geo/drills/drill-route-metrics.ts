// Movement routes of a drill: geodesic length and the travel time of each
// force assigned to the route at its planned speed (DRILL_TYPES' forces).

import { length } from "@turf/turf";
import type { LineString } from "geojson";
import type { DrillElement, DrillForce } from "../../domain/drill-plan";

export function routeLengthKm(line: LineString): number {
  return length({ type: "Feature", properties: {}, geometry: line }, { units: "kilometers" });
}

export interface ForceTravelTime {
  forceId: string;
  forceName: string;
  minutes: number;
}

/** Travel minutes per assigned force; a route with no force assigned gets one estimate per force of the plan. */
export function routeTravelTimes(route: DrillElement, forces: readonly DrillForce[]): ForceTravelTime[] {
  if (route.geometry.type !== "LineString") return [];
  const km = routeLengthKm(route.geometry);
  const assigned = route.forceIds.length > 0 ? forces.filter((force) => route.forceIds.includes(force.id)) : forces;
  return assigned
    .filter((force) => force.speedKmh > 0)
    .map((force) => ({ forceId: force.id, forceName: force.name, minutes: Math.round((km / force.speedKmh) * 60) }));
}

/** "1 giờ 05 phút", "45 phút". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} phút`;
  return `${Math.floor(minutes / 60)} giờ ${String(minutes % 60).padStart(2, "0")} phút`;
}
