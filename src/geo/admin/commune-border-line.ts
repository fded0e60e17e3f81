// "Lấy đường biên giới từ ranh giới": the national land border of a border
// commune, derived from the boundaries as the part of the commune's outline
// that no other commune shares and that is land border rather than sea
// coast. Within a province file, arcs used by two communes are inner edges;
// arcs on the province edge are unshared in the file but belong to a
// neighbouring province's commune too, and the coast is unshared everywhere,
// so which unshared arcs face Laos, China or Cambodia is read from the
// file's landBorder lines (classified against the whole country by
// scripts/admin-data). The result is stitched into as few lines as possible,
// ready for markers to snap onto.

import type { Feature, MultiLineString } from "geojson";
import { mesh } from "topojson-client";
import type { GeometryObject, MultiLineString as TopoMultiLineString } from "topojson-specification";
import { lineLengthMetres } from "../geodesy/geodesic-distance";
import { NEIGHBOUR_COUNTRY_NAMES, type NeighbourCountry } from "./admin-units";
import type { CommuneBoundaryProperties, LandBorderProperties, ProvinceTopology } from "./province-boundaries";

export interface BorderLineProperties {
  code: string;
  country: NeighbourCountry;
  /** "Lào", "Trung Quốc", "Campuchia". */
  countryName: string;
  lengthM: number;
}

/** The properties of a geometry of the file (the script writes them on every geometry). */
const propertiesOf = <P>(geometry: { properties?: P | object }) => (geometry.properties ?? {}) as Partial<P>;

const arcId = (index: number) => (index < 0 ? ~index : index);

function arcsOf(geometry: GeometryObject): number[] {
  const ids: number[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "number") ids.push(arcId(value));
    else if (Array.isArray(value)) value.forEach(walk);
  };
  if ("arcs" in geometry) walk(geometry.arcs);
  return ids;
}

/** Arcs that two or more communes of the file use (inner edges). */
function sharedArcs(topology: ProvinceTopology): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const geometry of topology.objects.communes.geometries)
    for (const id of new Set(arcsOf(geometry))) (seen.has(id) ? shared : seen).add(id);
  return shared;
}

/**
 * The commune's land border, one feature per neighbouring country (a commune
 * at a tripoint borders two), longest first; [] for a commune not on the land border.
 */
export function deriveBorderLines(topology: ProvinceTopology, code: string): Feature<MultiLineString, BorderLineProperties>[] {
  const commune = topology.objects.communes.geometries.find((geometry) => propertiesOf<CommuneBoundaryProperties>(geometry).code === code);
  if (!commune) return [];
  const own = new Set(arcsOf(commune));
  const shared = sharedArcs(topology);
  const byCountry = new Map<NeighbourCountry, Set<number>>();
  for (const line of topology.objects.landBorder.geometries) {
    const { code: lineCode, country } = propertiesOf<LandBorderProperties>(line);
    if (lineCode !== code || !country) continue;
    const arcs = byCountry.get(country) ?? new Set<number>();
    for (const id of arcsOf(line)) if (own.has(id) && !shared.has(id)) arcs.add(id);
    byCountry.set(country, arcs);
  }
  const lines: Feature<MultiLineString, BorderLineProperties>[] = [];
  for (const [country, arcs] of byCountry) {
    if (arcs.size === 0) continue;
    const pieces: TopoMultiLineString = { type: "MultiLineString", arcs: [...arcs].sort((a, b) => a - b).map((id) => [id]) };
    const geometry = mesh(topology, pieces) as MultiLineString; // stitches touching arcs into continuous lines
    const lengthM = geometry.coordinates.reduce((sum, line) => sum + lineLengthMetres(line), 0);
    lines.push({ type: "Feature", properties: { code, country, countryName: NEIGHBOUR_COUNTRY_NAMES[country], lengthM }, geometry });
  }
  return lines.sort((a, b) => b.properties.lengthM - a.properties.lengthM);
}
