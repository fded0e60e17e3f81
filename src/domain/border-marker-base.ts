// Reads the register's base facts from the border-marker layer (sample data
// or any layer with the same properties), skipping features that lack them.

import type { FeatureCollection } from "geojson";
import type { MarkerBase } from "./border-marker-register";

export function markerBasesFrom(layer: FeatureCollection | null): MarkerBase[] {
  if (!layer) return [];
  const bases: MarkerBase[] = [];
  for (const feature of layer.features) {
    const properties = feature.properties ?? {};
    if (feature.geometry?.type !== "Point" || typeof properties.id !== "string") continue;
    const [lon, lat] = feature.geometry.coordinates;
    bases.push({
      id: properties.id,
      number: Number(properties.number) || 0,
      label: String(properties.label ?? properties.name ?? properties.id),
      markerType: String(properties.markerType ?? ""),
      condition: String(properties.condition ?? ""),
      lastInspected: String(properties.lastInspected ?? ""),
      responsibleTeam: String(properties.responsibleTeam ?? ""),
      lon,
      lat,
    });
  }
  return bases;
}
