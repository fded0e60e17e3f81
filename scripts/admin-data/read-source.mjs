// Reads the official 2025 units and boundaries (../shared/data/vn-admin-2025,
// see its README) into plain objects. The folder can be overridden with
// --source=DIR or ADMIN_DATA_SOURCE=DIR.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const SOURCE_FILES = {
  units: "vn_units_2025.json.gz",
  communes: "vn_communes_2025_3321.geojson.gz",
};

/** The source folder: --source=DIR, then $ADMIN_DATA_SOURCE, then ../shared/data/vn-admin-2025 beside the repo. */
export function sourceFolder(root, argv = process.argv) {
  const flag = argv.find((arg) => arg.startsWith("--source="));
  if (flag) return path.resolve(flag.slice("--source=".length));
  if (process.env.ADMIN_DATA_SOURCE) return path.resolve(process.env.ADMIN_DATA_SOURCE);
  return path.resolve(root, "../shared/data/vn-admin-2025");
}

const readGzipJson = (file) => JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString("utf8"));

/** Provinces with their communes (codes, names) as the unit list gives them. */
export function readUnits(folder) {
  return readGzipJson(path.join(folder, SOURCE_FILES.units));
}

/** The 3,321 commune boundaries, one MultiPolygon feature each, in file order. */
export function readCommunes(folder) {
  return readGzipJson(path.join(folder, SOURCE_FILES.communes)).features;
}
