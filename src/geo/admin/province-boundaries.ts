// Decodes a province boundary file (public/admin-2025/provinces/<code>.topo.json,
// written by scripts/admin-data) into GeoJSON: its communes (id = official
// code) and the land-border lines of its border communes. The file is a
// TopoJSON topology on one national quantisation grid with shared arcs, so
// neighbouring communes (and provinces) meet without gaps or slivers.

import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { NeighbourCountry } from "./admin-units";

export interface CommuneBoundaryProperties {
  code: string;
  name: string;
}

export interface LandBorderProperties {
  /** The commune whose outline this line is part of. */
  code: string;
  country: NeighbourCountry;
}

export type ProvinceTopology = Topology<{
  communes: GeometryCollection<CommuneBoundaryProperties>;
  landBorder: GeometryCollection<LandBorderProperties>;
}>;

export type CommuneBoundary = Feature<Polygon | MultiPolygon, CommuneBoundaryProperties>;

export interface ProvinceBoundaries {
  communes: CommuneBoundary[];
  landBorder: Feature<LineString | MultiLineString, LandBorderProperties>[];
}

export function decodeProvinceBoundaries(topology: ProvinceTopology): ProvinceBoundaries {
  const communes = feature(topology, topology.objects.communes).features as CommuneBoundary[];
  const landBorder = feature(topology, topology.objects.landBorder).features as Feature<LineString | MultiLineString, LandBorderProperties>[];
  return { communes, landBorder };
}

/** One commune's boundary, or null when the file has no commune with that code. */
export function decodeCommuneBoundary(topology: ProvinceTopology, code: string): CommuneBoundary | null {
  const geometry = topology.objects.communes.geometries.find((candidate) => (candidate.properties as Partial<CommuneBoundaryProperties> | undefined)?.code === code);
  if (!geometry) return null;
  return feature(topology, geometry) as CommuneBoundary;
}
