// The list of units the app loads at first start (public/admin-2025/units.json):
// provinces and communes with codes, names, folded search keys, bounding boxes,
// ellipsoidal areas, land-border neighbours and commune neighbours. Kept small:
// bboxes at 4 decimals (≈ 11 m), areas at 4 decimals of km² (100 m², so tests can
// check the shipped outlines against the source area even for 0.5 km² wards).
import { foldVietnamese } from "../../src/domain/incident-text-folding.ts";

const round = (value, decimals) => Number(value.toFixed(decimals));

/** The source writes a few full names in lower case ("xã Bắc Sơn"): capitalise the first letter. */
export const capitalised = (text) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

/** xã / phường / đặc khu from the official full name ("Xã Vũ Quang", "Phường Ba Đình", "Đặc khu Phú Quốc"). */
export function unitType(fullName) {
  if (fullName.startsWith("Phường ")) return "phường";
  if (fullName.startsWith("Đặc khu ")) return "đặc khu";
  if (fullName.startsWith("Xã ")) return "xã";
  throw new Error(`unknown unit type: ${fullName}`);
}

export function bboxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons)
    for (const [x, y] of rings[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  return box;
}

/** Rounds a bbox outward so the rounded box still contains the geometry. */
const roundBboxOutward = (box) => [Math.floor(box[0] * 1e4) / 1e4, Math.floor(box[1] * 1e4) / 1e4, Math.ceil(box[2] * 1e4) / 1e4, Math.ceil(box[3] * 1e4) / 1e4].map((v) => round(v, 4));

const unionBbox = (boxes) => [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];

/**
 * @param units the source unit list (provinces with Wards)
 * @param communes per code: { bbox, areaM2, neighbours: codes[], landBorder: country codes[] }
 */
export function buildUnitsList(units, communes) {
  const provinces = [];
  const communeRows = [];
  for (const province of units) {
    const rows = province.Wards.map((ward) => {
      const facts = communes.get(ward.Code);
      if (!facts) throw new Error(`no boundary for commune ${ward.Code} ${ward.FullName}`);
      const fullName = capitalised(ward.FullName);
      const row = {
        code: ward.Code,
        name: ward.Name,
        fullName,
        type: unitType(fullName),
        provinceCode: province.Code,
        provinceName: province.Name,
        searchKey: foldVietnamese(fullName),
        bbox: roundBboxOutward(facts.bbox),
        areaKm2: round(facts.areaM2 / 1e6, 4),
        neighbours: facts.neighbours,
      };
      if (facts.landBorder.length > 0) row.landBorder = facts.landBorder;
      return row;
    });
    provinces.push({
      code: province.Code,
      name: province.Name,
      fullName: province.FullName,
      searchKey: foldVietnamese(province.FullName),
      bbox: roundBboxOutward(unionBbox(province.Wards.map((ward) => communes.get(ward.Code).bbox))),
      areaKm2: round(province.Wards.reduce((sum, ward) => sum + communes.get(ward.Code).areaM2, 0) / 1e6, 2),
      communeCount: rows.length,
      boundaryFile: `provinces/${province.Code}.topo.json`,
    });
    communeRows.push(...rows);
  }
  return { provinces, communes: communeRows };
}
