// Writes a layer as a Shapefile (.zip: .shp/.shx/.dbf, .prj, .cpg = UTF-8;
// one Shapefile per geometry type) or a GeoPackage, in WGS 84 or the VN-2000
// zone the user chose, with GDAL in the worker — the same writer QGIS uses,
// so MapInfo, ArcGIS, QGIS and MicroStation read the result.

import { zipSync } from "fflate";
import type { FeatureCollection } from "geojson";
import { openVector, withGdalJob, type GdalRuntime } from "../gdal/gdal-runtime";
import { gdalSrsOf, positionConverter, type ExportCrs } from "./export-crs";
import { FAMILY_SUFFIX, prepareForExport } from "./prepare-export-collection";

export type ExportFormat = "shapefile" | "geopackage";

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A file-system-safe ASCII stem from a Vietnamese layer name ("Đất quốc phòng" → "Dat_quoc_phong"). */
export function fileStem(name: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, (char) => (char === "đ" ? "d" : "D"));
  return ascii.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60) || "lop";
}

export async function writeGisFile(gdal: GdalRuntime, collection: FeatureCollection, layerName: string, format: ExportFormat, crs: ExportCrs): Promise<ExportedFile | null> {
  const groups = prepareForExport(collection, positionConverter(crs));
  if (groups.size === 0) return null;
  const stem = fileStem(layerName);
  const srs = gdalSrsOf(crs);
  return withGdalJob(gdal, async (folders) => {
    const fs = gdal.Module.FS;
    const job = folders.output.replace(/^\/output\//, "");
    let first = true;
    for (const [family, group] of groups) {
      const input = `${folders.input}/${family}.geojson`;
      fs.writeFile(input, new TextEncoder().encode(JSON.stringify(group)));
      const handle = openVector(gdal, input);
      if (!handle) throw new Error("GDAL could not open the layer written for export");
      const tableName = groups.size > 1 ? `${stem}_${FAMILY_SUFFIX[family]}` : stem;
      const common = ["-a_srs", srs, "-nln", tableName];
      if (format === "shapefile") {
        await gdal.ogr2ogr(handle, ["-f", "ESRI Shapefile", ...common, "-lco", "ENCODING=UTF-8", ...(family === "points" ? [] : ["-nlt", "PROMOTE_TO_MULTI"])], `${job}/${tableName}`);
      } else {
        await gdal.ogr2ogr(handle, ["-f", "GPKG", ...(first ? [] : ["-update"]), ...common], `${job}/${stem}`);
      }
      first = false;
      await gdal.close(handle);
    }
    if (format === "geopackage") {
      return { fileName: `${stem}.gpkg`, mimeType: "application/geopackage+sqlite3", bytes: fs.readFile(`${folders.output}/${stem}.gpkg`) };
    }
    const entries: Record<string, Uint8Array> = {};
    for (const name of fs.readdir(folders.output)) if (name !== "." && name !== "..") entries[name] = fs.readFile(`${folders.output}/${name}`);
    return { fileName: `${stem}.zip`, mimeType: "application/zip", bytes: zipSync(entries) };
  });
}
