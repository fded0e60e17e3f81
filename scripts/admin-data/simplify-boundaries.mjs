// Topology-preserving simplification of all communes at once with mapshaper:
// the communes and their land-border lines are imported together
// (combine-files) so both are made of the same shared arcs; each arc is then
// simplified once (Douglas–Peucker, so no kept outline strays more than the
// interval from the source) and neighbours stay seamless. The interval is
// per commune (`simplifyM`); an arc shared by two communes takes the finer.
// Coordinates are quantised on ONE national grid, so the per-province files
// cut from this topology meet exactly at province edges.
// mapshaper is not a dependency of the app: `npm run admin-data` installs it on demand (it pulls an
// optional native SQLite build that would slow every `npm ci`), so tests never need it.
import mapshaper from "mapshaper";

/** Grid steps over Vietnam's extent: ≈ 0.9 m, i.e. positions move ≤ 0.45 m. */
export const QUANTIZATION = 2_000_000;

export async function simplifyNationally(features, borderLines, intervalFor) {
  const communes = {
    type: "FeatureCollection",
    features: features.map((feature) => ({
      type: "Feature",
      properties: { code: feature.properties.code, name: feature.properties.name, provinceCode: feature.properties.provinceCode, simplifyM: intervalFor(feature.properties.code) },
      geometry: feature.geometry,
    })),
  };
  const border = { type: "FeatureCollection", features: borderLines };
  const commands = [
    "-i communes.json landBorder.json combine-files",
    "-simplify dp variable interval='simplifyM' target=communes keep-shapes",
    `-o format=topojson quantization=${QUANTIZATION} national.json target=*`,
  ].join(" ");
  const output = await mapshaper.applyCommands(commands, { "communes.json": communes, "landBorder.json": border });
  return JSON.parse(String(output["national.json"]));
}

/** A coarse overview of every commune (and the provinces they dissolve into) for search results and neighbours. */
export async function buildOverview(nationalTopology, intervalM) {
  const commands = [
    "-i national.json",
    "-drop target=landBorder",
    `-simplify dp interval=${intervalM} keep-shapes`,
    "-dissolve provinceCode + name=provinces target=communes",
    "-filter-fields code target=communes",
    `-o format=topojson quantization=100000 overview.json target=communes,provinces`,
  ].join(" ");
  const output = await mapshaper.applyCommands(commands, { "national.json": nationalTopology });
  return JSON.parse(String(output["overview.json"]));
}
