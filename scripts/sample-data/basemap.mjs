// Offline basemap from world-atlas (Natural Earth, public domain): country
// polygons and land borders around mainland South-East Asia, world land.
// Natural Earth draws the Paracel Islands as part of China and the Spratlys as
// an unassigned unit; this map follows Vietnam's position and labels both
// archipelagos as Vietnamese (Quần đảo Hoàng Sa, Quần đảo Trường Sa).
import { createRequire } from "node:module";
import * as turf from "@turf/turf";
import * as topojson from "topojson-client";
import { roundGeometry } from "./geo-utils.mjs";

const require = createRequire(import.meta.url);
/** Region clipped for countries and borders (wide enough for Hoàng Sa, Trường Sa). */
export const BASEMAP_BBOX = [97, 5, 118, 25];
const PARACELS = [110.5, 15.5, 113, 17.5];

const VI_NAMES = {
  Vietnam: "Việt Nam", Laos: "Lào", Cambodia: "Campuchia", Thailand: "Thái Lan", China: "Trung Quốc",
  Myanmar: "Myanmar", Malaysia: "Malaysia", Indonesia: "Indonesia", Philippines: "Philippines", Brunei: "Brunei",
  India: "Ấn Độ", Bangladesh: "Bangladesh", "Hong Kong": "Hồng Kông (Trung Quốc)", Macao: "Ma Cao (Trung Quốc)",
  "Spratly Is.": "Quần đảo Trường Sa (Việt Nam)",
};
const SOVEREIGN = { "Hong Kong": "Trung Quốc", Macao: "Trung Quốc", "Spratly Is.": "Việt Nam" };
const DROPPED = new Set(["Scarborough Reef"]);
/** Special administrative regions of China: no national border line drawn. */
const NO_BORDER = new Set(["Hong Kong", "Macao"]);

const polygonsOf = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
const within = (poly, [x0, y0, x1, y1]) => poly[0].every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);

/** Clip polygons to the bbox, round to 5 decimals, drop degenerate rings. */
function clipPolygons(polys) {
  const clipped = turf.bboxClip(turf.multiPolygon(polys), BASEMAP_BBOX).geometry;
  const rounded = roundGeometry({ type: "MultiPolygon", coordinates: polygonsOf(clipped) }, 5);
  return rounded.coordinates.map((poly) => poly.filter((ring) => ring.length >= 4)).filter((poly) => poly.length > 0 && turf.area(turf.polygon(poly)) > 0);
}

/** `country` is the sovereign state's Vietnamese name (same as `name` except islands and SARs). */
function countryFeature(name, nameEn, polys, country = name) {
  const clipped = clipPolygons(polys);
  if (clipped.length === 0) return null;
  const geometry = clipped.length === 1 ? { type: "Polygon", coordinates: clipped[0] } : { type: "MultiPolygon", coordinates: clipped };
  return { type: "Feature", properties: { name, nameEn, country }, geometry };
}

export function buildBasemap() {
  const countries = require("world-atlas/countries-10m.json");
  const land = require("world-atlas/land-110m.json");
  const features = topojson.feature(countries, countries.objects.countries).features;
  const out = [];
  const paracels = [];
  for (const f of features) {
    const nameEn = f.properties.name;
    if (!f.geometry || DROPPED.has(nameEn)) continue;
    let polys = polygonsOf(f.geometry);
    if (nameEn === "China") {
      paracels.push(...polys.filter((p) => within(p, PARACELS)));
      polys = polys.filter((p) => !within(p, PARACELS));
    }
    const name = VI_NAMES[nameEn] ?? nameEn;
    const english = nameEn === "Spratly Is." ? "Spratly Islands (Truong Sa, Viet Nam)" : nameEn;
    const feature = countryFeature(name, english, polys, SOVEREIGN[nameEn] ?? name);
    if (feature) out.push(feature);
  }
  out.push(countryFeature("Quần đảo Hoàng Sa (Việt Nam)", "Paracel Islands (Hoang Sa, Viet Nam)", paracels, "Việt Nam"));
  out.sort((a, b) => a.properties.nameEn.localeCompare(b.properties.nameEn, "en"));

  const geoms = countries.objects.countries.geometries;
  const neighbours = topojson.neighbors(geoms);
  const nameOf = (i) => VI_NAMES[geoms[i].properties.name] ?? geoms[i].properties.name;
  const borders = [];
  geoms.forEach((g, i) =>
    neighbours[i].filter((j) => j > i && !NO_BORDER.has(g.properties.name) && !NO_BORDER.has(geoms[j].properties.name)).forEach((j) => {
      const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => (a === g && b === geoms[j]) || (a === geoms[j] && b === g));
      const clipped = turf.bboxClip(turf.multiLineString(mesh.coordinates), BASEMAP_BBOX).geometry;
      const lines = roundGeometry({ type: "MultiLineString", coordinates: clipped.type === "LineString" ? [clipped.coordinates] : clipped.coordinates }, 5).coordinates.filter((l) => l.length >= 2);
      if (lines.length) borders.push({ type: "Feature", properties: { name: `${nameOf(i)} – ${nameOf(j)}` }, geometry: { type: "MultiLineString", coordinates: lines } });
    }),
  );
  borders.sort((a, b) => a.properties.name.localeCompare(b.properties.name, "en"));

  const landFc = topojson.feature(land, land.objects.land);
  const landFeatures = landFc.features.map((f) => ({ type: "Feature", properties: {}, geometry: roundGeometry(f.geometry, 5) }));
  return { countries: out, borders, land: landFeatures };
}
