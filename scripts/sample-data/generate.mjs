// Pure generation: from the cached border extract to the text of every output
// file. No file-system writes here, so tests can run it and compare.
import * as turf from "@turf/turf";
import { unpackBorderSource } from "./border-source.mjs";
import { communeHub } from "./commune.mjs";
import { realCommuneGeometry } from "./real-commune.mjs";
import { buildVillages } from "./villages.mjs";
import { buildRoads } from "./roads.mjs";
import { buildBorderStation, buildCommandPosts, buildMilitiaPosts } from "./posts.mjs";
import { buildBorderMarkers } from "./markers.mjs";
import { buildHotspots } from "./hotspots.mjs";
import { buildDefenceLand, buildDefenceZones } from "./defence.mjs";
import { buildBasemap } from "./basemap.mjs";
import { roundGeometry, sampleFeature } from "./geo-utils.mjs";
import { formatFeatureCollection } from "./write.mjs";

export const LAYER_IDS = ["commune", "village", "defence-zone", "defence-land", "road", "border-line", "militia-post", "command-post", "border-station", "border-marker", "hotspot"];

/** Build every layer of the Vũ Quang sample: { [layerId]: Feature[] }. */
export function buildVuQuangLayers(borderExtract) {
  // The commune is the real official boundary; OSM's Lao polygon only checks it (the two sources differ by tens of metres).
  const { lao } = unpackBorderSource(borderExtract);
  const { polygon, border } = realCommuneGeometry();
  const commune = roundGeometry(polygon, 6);
  const laoOverlap = turf.intersect(turf.featureCollection([turf.feature(commune), turf.feature(lao)]));
  if (laoOverlap && turf.area(laoOverlap) > 0.005 * turf.area(commune)) throw new Error("commune overlaps Laos");
  const hub = communeHub();
  const communeProps = { code: "18313", province: "Hà Tĩnh", kind: "xã", areaKm2: Math.round(turf.area(commune) / 1e4) / 100, borderCommune: true, keyDefence: true };
  const borderProps = { neighbourCountry: "Lào", section: "Biên giới Việt Nam – Lào, đoạn qua xã Vũ Quang (tỉnh Hà Tĩnh), khoảng cột mốc 484–497" };
  const villages = buildVillages(commune, hub, border);
  const roads = buildRoads(hub);
  const station = buildBorderStation(border, hub, commune);
  return {
    commune: [sampleFeature("commune-18313", "Xã Vũ Quang (dữ liệu mẫu)", communeProps, commune)],
    village: villages,
    "defence-zone": buildDefenceZones(commune, border),
    "defence-land": buildDefenceLand(commune, hub, station.geometry.coordinates, border),
    road: roads,
    "border-line": [sampleFeature("border-line-01", "Biên giới Việt Nam – Lào (đoạn qua xã Vũ Quang)", borderProps, { type: "LineString", coordinates: border })],
    "militia-post": buildMilitiaPosts(villages, roads),
    "command-post": buildCommandPosts(hub),
    "border-station": [station],
    "border-marker": buildBorderMarkers(border, villages),
    hotspot: buildHotspots({ commune, border, hub, roads, villages }),
  };
}

/** Text of the sample layers, keyed by path relative to the project root. */
export function renderVuQuangFiles(borderExtract) {
  const layers = buildVuQuangLayers(borderExtract);
  return Object.fromEntries(LAYER_IDS.map((id) => [`data/vu-quang/${id}.geojson`, formatFeatureCollection(layers[id])]));
}

/** Text of the offline basemap files, keyed by path relative to the project root. */
export function renderBasemapFiles() {
  const { countries, borders, land } = buildBasemap();
  return {
    "public/basemap/countries.geojson": formatFeatureCollection(countries),
    "public/basemap/country-borders.geojson": formatFeatureCollection(borders),
    "public/basemap/land.geojson": formatFeatureCollection(land),
  };
}
