// What the editor checks and adds when a geometry is saved: the problems
// (src/geo/shapes/edited-geometry-problems.ts) with the workspace's communes
// for the layers that must lie inside them, and the values computed from the
// geometry (a defence-land parcel's area in hectares, on the ellipsoid).

import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { LAYERS_INSIDE_COMMUNE, LAYER_ATTRIBUTES, type EditableLayerId } from "../../domain/layer-attributes";
import { geodesicArea } from "../../geo/geodesy/geodesic-area";
import { editedGeometryProblems, type GeometryProblem } from "../../geo/shapes/edited-geometry-problems";

export function communePolygons(communes: FeatureCollection | null): (Polygon | MultiPolygon)[] {
  return (communes?.features ?? []).flatMap((feature) => (feature.geometry?.type === "Polygon" || feature.geometry?.type === "MultiPolygon" ? [feature.geometry] : []));
}

export function geometryProblems(layerId: EditableLayerId, geometry: Geometry, communes: FeatureCollection | null): GeometryProblem[] {
  return editedGeometryProblems(geometry, LAYERS_INSIDE_COMMUNE.has(layerId) ? communePolygons(communes) : null);
}

/** Hectares with two decimals, as the register shows them. */
export function areaHectares(geometry: Geometry): number | null {
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return null;
  return Math.round(geodesicArea(geometry) / 100) / 100;
}

/** The properties with every computed field of the layer recomputed from `geometry`. */
export function withComputedProperties(layerId: EditableLayerId, geometry: Geometry, properties: Record<string, unknown>): Record<string, unknown> {
  const next = { ...properties };
  for (const field of LAYER_ATTRIBUTES[layerId]) {
    if (field.kind === "computed" && field.compute === "area-ha") {
      const hectares = areaHectares(geometry);
      if (hectares === null) delete next[field.key];
      else next[field.key] = hectares;
    }
  }
  return next;
}
