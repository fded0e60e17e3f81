// The MapInfo "CoordSys Earth Projection …" line of a .mif header, for the
// CRS GDAL's WebAssembly build leaves empty on MIF files. Recognises WGS 84
// longitude/latitude (projection 1, datum 104) and Transverse Mercator
// (projection 8) on a custom datum (9999) whose shift is VN-2000's. The
// parameter order is MapInfo's: projection, datum[, ellipsoid, dx, dy, dz,
// rx, ry, rz, scale, prime meridian], "unit", origin longitude, origin
// latitude, scale factor, false easting, false northing.

import { VN2000_TOWGS84 } from "../../../geo/coordinates/vn2000-projections";
import type { CrsRecognition } from "./recognise-crs";

export function recogniseMapInfoCoordSys(header: string): CrsRecognition {
  const line = /CoordSys\s+Earth\s+Projection\s+([^\r\n]+)/i.exec(header)?.[1];
  if (!line) return /CoordSys\s+NonEarth/i.test(header) ? { status: "unsupported", name: "MapInfo NonEarth" } : { status: "missing" };
  const parts = line.split(",").map((part) => part.trim().replace(/^"|"$/g, ""));
  const numbers = parts.map(Number);
  const [projection, datum] = numbers;
  const unsupported: CrsRecognition = { status: "unsupported", name: `CoordSys Earth Projection ${line.slice(0, 60)}` };
  if (projection === 1 && datum === 104) return { status: "recognised", crs: { kind: "wgs84" } };
  if (datum !== 9999) return unsupported;
  const shift = numbers.slice(3, 6);
  const isVn2000 = shift.every((value, axis) => Math.abs(value - VN2000_TOWGS84[axis]) < 1);
  if (!isVn2000) return unsupported;
  // After the 8 datum values (ellipsoid, 3 shifts, 3 rotations, scale) and the prime meridian comes the unit.
  const unitIndex = 11;
  if (projection === 1) return { status: "recognised", crs: { kind: "vn2000-geographic" } };
  if (projection !== 8 || parts[unitIndex] !== "m") return unsupported;
  const [centralMeridian, originLatitude, scale, falseEasting, falseNorthing] = numbers.slice(unitIndex + 1, unitIndex + 6);
  if (originLatitude !== 0 || falseNorthing !== 0 || ![centralMeridian, scale, falseEasting].every(Number.isFinite)) return unsupported;
  return { status: "recognised", crs: { kind: "vn2000-tm", centralMeridian, scale, falseEasting } };
}
