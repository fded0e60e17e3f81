// Recognises the coordinate system of an imported file from the WKT GDAL
// reports (from a .prj, a GeoPackage's srs table or a MapInfo CoordSys):
// WGS 84, VN-2000 geographic, VN-2000 Transverse Mercator with any central
// meridian (TM-3 k = 0.9999, UTM 48N/49N k = 0.9996) and the EPSG codes of
// the VN-2000 family. VN-2000 is known by its datum name ("VN-2000",
// "D_Vietnam_2000"), EPSG datum 6756, or a TOWGS84 shift equal to the
// 7 parameters of Decision 05/2007 (either rotation sign convention).

import { VN2000_TOWGS84 } from "../../../geo/coordinates/vn2000-projections";
import { vn2000CrsFromEpsg, type Vn2000Crs } from "../../../geo/coordinates/vn2000-zone";
import { child, children, epsgCodeIn, nameOf, parameterValue, parseWkt, type WktNode } from "./wkt-tree";

export type FileCrs = { readonly kind: "wgs84" } | Vn2000Crs;

export type CrsRecognition =
  | { status: "recognised"; crs: FileCrs }
  | { status: "missing" }
  /** A CRS the app cannot convert (another datum or projection); `name` is what the file calls it. */
  | { status: "unsupported"; name: string };

const GEOGRAPHIC = ["GEOGCRS", "GEOGCS", "GEODCRS", "BASEGEOGCRS", "BASEGEODCRS", "GEOGRAPHICCRS"];
const PROJECTED = ["PROJCRS", "PROJCS", "PROJECTEDCRS"];

function shiftIsVn2000(shift: readonly number[]): boolean {
  return shift.length >= 3 && [0, 1, 2].every((axis) => Math.abs(shift[axis] - VN2000_TOWGS84[axis]) < 1);
}

function shiftOf(root: WktNode, geographic: WktNode | undefined): number[] {
  const towgs84 = geographic && (child(geographic, "TOWGS84") ?? (child(geographic, "DATUM") && child(child(geographic, "DATUM")!, "TOWGS84")));
  if (towgs84) return towgs84.values.filter((value): value is number => typeof value === "number");
  const transformation = child(root, "ABRIDGEDTRANSFORMATION");
  if (!transformation) return [];
  return children(transformation, "PARAMETER").map((parameter) => (typeof parameter.values[1] === "number" ? parameter.values[1] : 0));
}

function datumKind(datum: WktNode | undefined, shift: readonly number[]): "wgs84" | "vn2000" | "other" {
  const name = nameOf(datum);
  if (/VN.?2000|Vietnam.?2000/i.test(name) || epsgCodeIn(datum) === 6756 || shiftIsVn2000(shift)) return "vn2000";
  const noShift = shift.length === 0 || shift.every((value) => Math.abs(value) < 1e-9);
  if ((/WGS.?(19)?84|World Geodetic System 1984/i.test(name) || epsgCodeIn(datum) === 6326) && noShift) return "wgs84";
  return "other";
}

function unwrap(root: WktNode): WktNode {
  if (root.keyword === "BOUNDCRS") {
    const source = child(root, "SOURCECRS");
    const inner = source?.values.find((value): value is WktNode => typeof value === "object");
    if (inner) return inner;
  }
  if (root.keyword === "COMPD_CS" || root.keyword === "COMPOUNDCRS") {
    const horizontal = root.values.find((value): value is WktNode => typeof value === "object" && [...GEOGRAPHIC, ...PROJECTED].includes(value.keyword));
    if (horizontal) return horizontal;
  }
  return root;
}

function lengthUnitIsMetre(projected: WktNode): boolean {
  const unit = child(projected, "UNIT", "LENGTHUNIT") ?? child(child(projected, "CS") ?? projected, "LENGTHUNIT");
  const axes = children(projected, "AXIS").flatMap((axis) => children(axis, "LENGTHUNIT"));
  const factors = [unit, ...axes].filter(Boolean).map((node) => node!.values[1]);
  return factors.every((factor) => typeof factor !== "number" || Math.abs(factor - 1) < 1e-9);
}

export function recogniseCrs(wkt: string | undefined | null): CrsRecognition {
  if (!wkt || !wkt.trim()) return { status: "missing" };
  const root = parseWkt(wkt);
  if (!root) return { status: "unsupported", name: wkt.slice(0, 80) };
  const crs = unwrap(root);
  const code = epsgCodeIn(crs);
  if (code === 4326) return { status: "recognised", crs: { kind: "wgs84" } };
  const byCode = code === undefined ? undefined : vn2000CrsFromEpsg(code);
  if (byCode) return { status: "recognised", crs: byCode };

  const unsupported: CrsRecognition = { status: "unsupported", name: nameOf(crs) || crs.keyword };
  const geographic = GEOGRAPHIC.includes(crs.keyword) ? crs : child(crs, ...GEOGRAPHIC);
  const datum = geographic && child(geographic, "DATUM", "GEODETICDATUM", "TRF");
  const kind = datumKind(datum, shiftOf(root, geographic));
  if (kind === "other") return unsupported;
  if (GEOGRAPHIC.includes(crs.keyword)) return { status: "recognised", crs: kind === "wgs84" ? { kind: "wgs84" } : { kind: "vn2000-geographic" } };
  if (!PROJECTED.includes(crs.keyword) || kind !== "vn2000") return unsupported;

  const conversion = child(crs, "CONVERSION") ?? crs;
  const method = nameOf(child(conversion, "METHOD") ?? child(crs, "PROJECTION"));
  if (!/transverse.?mercator|^utm/i.test(method.replace(/_/g, " ")) || /south/i.test(method)) return unsupported;
  const centralMeridian = parameterValue(conversion, ["Longitude of natural origin", "central_meridian", "longitude_of_center"]);
  const scale = parameterValue(conversion, ["Scale factor at natural origin", "scale_factor"]) ?? 1;
  const falseEasting = parameterValue(conversion, ["False easting", "false_easting"]) ?? 0;
  const falseNorthing = parameterValue(conversion, ["False northing", "false_northing"]) ?? 0;
  const originLatitude = parameterValue(conversion, ["Latitude of natural origin", "latitude_of_origin"]) ?? 0;
  if (centralMeridian === undefined || falseNorthing !== 0 || originLatitude !== 0 || !lengthUnitIsMetre(crs)) return unsupported;
  return { status: "recognised", crs: { kind: "vn2000-tm", centralMeridian, scale, falseEasting } };
}
