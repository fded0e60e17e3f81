// A large cadastral-like Shapefile for the import bench: `count` parcels
// (12-vertex polygons of ~20–40 m) on a grid around Vũ Quang in VN-2000 TM-3
// 105°30′, with a parcel number, a TCVN3-encoded owner/place name and an
// area — the shape of what a land office sends. Written byte by byte per the
// ESRI Shapefile technical description (big-endian file header fields,
// little-endian records) and dBase III, so no GIS library is involved.

const VN2000_HA_TINH_PRJ =
  'PROJCS["VN_2000_Ha_Tinh_3deg",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** "Th«n H­¬ng Minh" — Thôn Hương Minh in TCVN3 bytes. */
const TCVN3_NAME = Uint8Array.from([0x54, 0x68, 0xab, 0x6e, 0x20, 0x48, 0xad, 0xac, 0x6e, 0x67, 0x20, 0x4d, 0x69, 0x6e, 0x68]);
const VERTICES = 12;

export interface ParcelShapefile {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
  prj: Uint8Array;
}

export function parcelShapefile(count: number): ParcelShapefile {
  const pointsPerRing = VERTICES + 1;
  const contentBytes = 44 + 4 + 16 * pointsPerRing;
  const shp = new DataView(new ArrayBuffer(100 + count * (8 + contentBytes)));
  const shx = new DataView(new ArrayBuffer(100 + count * 8));
  const columns = Math.ceil(Math.sqrt(count));
  const bounds = [Infinity, Infinity, -Infinity, -Infinity];
  let offset = 100;
  for (let index = 0; index < count; index++) {
    const centreE = 470_000 + (index % columns) * 40;
    const centreN = 2_000_000 + Math.floor(index / columns) * 40;
    const radius = 10 + (index % 7) * 1.5;
    shx.setInt32(100 + index * 8, offset / 2);
    shx.setInt32(104 + index * 8, contentBytes / 2);
    shp.setInt32(offset, index + 1);
    shp.setInt32(offset + 4, contentBytes / 2);
    const record = offset + 8;
    shp.setInt32(record, 5, true);
    shp.setFloat64(record + 4, centreE - radius, true);
    shp.setFloat64(record + 12, centreN - radius, true);
    shp.setFloat64(record + 20, centreE + radius, true);
    shp.setFloat64(record + 28, centreN + radius, true);
    shp.setInt32(record + 36, 1, true);
    shp.setInt32(record + 40, pointsPerRing, true);
    shp.setInt32(record + 44, 0, true);
    for (let vertex = 0; vertex < pointsPerRing; vertex++) {
      // Clockwise outer ring, as the format requires.
      const angle = (-2 * Math.PI * (vertex % VERTICES)) / VERTICES;
      shp.setFloat64(record + 48 + vertex * 16, centreE + radius * Math.cos(angle), true);
      shp.setFloat64(record + 56 + vertex * 16, centreN + radius * Math.sin(angle), true);
    }
    bounds[0] = Math.min(bounds[0], centreE - radius);
    bounds[1] = Math.min(bounds[1], centreN - radius);
    bounds[2] = Math.max(bounds[2], centreE + radius);
    bounds[3] = Math.max(bounds[3], centreN + radius);
    offset += 8 + contentBytes;
  }
  for (const [view, length] of [[shp, shp.byteLength], [shx, shx.byteLength]] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, length / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, 5, true);
    bounds.forEach((value, axis) => view.setFloat64(36 + axis * 8, value, true));
  }
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer), dbf: parcelTable(count), prj: new TextEncoder().encode(VN2000_HA_TINH_PRJ) };
}

/** dBase III: so_thua N(8), ten C(30) in TCVN3, dien_tich N(10,1). */
function parcelTable(count: number): Uint8Array {
  const fields: Array<[string, string, number, number]> = [["so_thua", "N", 8, 0], ["ten", "C", 30, 0], ["dien_tich", "N", 10, 1]];
  const headerLength = 32 + fields.length * 32 + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field[2], 0);
  const bytes = new Uint8Array(headerLength + count * recordLength + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes.set([126, 1, 1], 1);
  view.setUint32(4, count, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = 0x57; // ANSI, as ArcGIS writes for TCVN3 data too
  fields.forEach(([name, type, length, decimals], index) => {
    const at = 32 + index * 32;
    bytes.set(new TextEncoder().encode(name), at);
    bytes[at + 11] = type.charCodeAt(0);
    bytes[at + 16] = length;
    bytes[at + 17] = decimals;
  });
  bytes[headerLength - 1] = 0x0d;
  const ascii = new TextEncoder();
  for (let index = 0; index < count; index++) {
    const at = headerLength + index * recordLength;
    bytes.fill(0x20, at, at + recordLength);
    bytes.set(ascii.encode(String(index + 1).padStart(8)), at + 1);
    bytes.set(TCVN3_NAME, at + 9);
    bytes.set(ascii.encode((300 + (index % 500)).toFixed(1).padStart(10)), at + 39);
  }
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}
