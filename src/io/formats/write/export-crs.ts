// The coordinate systems a layer can be exported in (WGS 84 or any VN-2000
// zone) and how GDAL is told: by EPSG code when the VN-2000 family has one
// (GeoPackage and .prj then carry EPSG's own definition, which QGIS, ArcGIS
// and MapInfo name), otherwise by the proj string with the project's
// 7-parameter shift.

import { epsgCodeOf, proj4DefinitionOf, wgs84ToVn2000Zone } from "../../../geo/coordinates/vn2000-zone";
import type { FileCrs } from "../crs/recognise-crs";

export type ExportCrs = FileCrs;

export function gdalSrsOf(crs: ExportCrs): string {
  if (crs.kind === "wgs84") return "EPSG:4326";
  const code = epsgCodeOf(crs);
  return code ? `EPSG:${code}` : proj4DefinitionOf(crs);
}

/** A position converter from WGS 84 to the export CRS (identity for WGS 84). */
export function positionConverter(crs: ExportCrs): (position: number[]) => number[] {
  if (crs.kind === "wgs84") return (position) => [position[0], position[1]];
  return ([lon, lat]) => {
    const { easting, northing } = wgs84ToVn2000Zone({ lon, lat }, crs);
    return [easting, northing];
  };
}
