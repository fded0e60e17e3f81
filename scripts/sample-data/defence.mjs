// Defence zones and defence-land parcels (all synthetic).
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { distanceToLineM, offset, roundGeometry, sampleFeature } from "./geo-utils.mjs";

/** The commune defence zone, plus the key sector along the border (3 km strip). */
export function buildDefenceZones(commune, border) {
  const strip = turf.buffer(turf.lineString(border), 3, { units: "kilometers" });
  const sector = turf.intersect(turf.featureCollection([strip, turf.feature(commune)]));
  const sectorGeom = sector.geometry.type === "Polygon" ? sector.geometry
    : sector.geometry.coordinates.map((c) => turf.polygon(c)).sort((a, b) => turf.area(b) - turf.area(a))[0].geometry;
  return [
    sampleFeature("defence-zone-01", "Khu vực phòng thủ xã Vũ Quang (dữ liệu mẫu)", { command: "Ban Chỉ huy quân sự xã Vũ Quang", communes: "Vũ Quang" }, commune),
    sampleFeature("defence-zone-02", "Hướng phòng thủ then chốt biên giới Việt – Lào (dữ liệu mẫu)", { command: "Ban CHQS xã Vũ Quang phối hợp Đồn Biên phòng Hương Quang", communes: "Vũ Quang" }, sectorGeom),
  ];
}

// anchor: "station" | [bearing from hub in degrees, km]
const PARCELS = [
  { name: "Đất trụ sở Ban CHQS xã", unit: "Ban CHQS xã Vũ Quang", purpose: "Trụ sở làm việc, nhà trực sẵn sàng chiến đấu", ha: 5.6, status: "dang-su-dung", corridor: 10, anchor: [65, 0.38] },
  { name: "Đất doanh trại Đồn Biên phòng Hương Quang", unit: "Đồn Biên phòng Hương Quang", purpose: "Doanh trại, khu tăng gia sản xuất", ha: 9.5, status: "dang-su-dung", corridor: 20, anchor: "station" },
  { name: "Thao trường huấn luyện dân quân", unit: "Ban CHQS xã Vũ Quang", purpose: "Thao trường huấn luyện", ha: 24, status: "dang-su-dung", corridor: 30, anchor: [300, 3.2] },
  { name: "Trường bắn dân quân", unit: "Bộ CHQS tỉnh Hà Tĩnh", purpose: "Trường bắn đạn thật", ha: 62, status: "bi-lan-chiem", corridor: 50, anchor: [235, 7.5] },
  { name: "Khu căn cứ chiến đấu xã", unit: "Bộ CHQS tỉnh Hà Tĩnh", purpose: "Căn cứ chiến đấu, sở chỉ huy thời chiến", ha: 76, status: "dang-su-dung", corridor: 50, anchor: [345, 9.5] },
  { name: "Kho vật chất hậu cần – kỹ thuật", unit: "Ban CHQS xã Vũ Quang", purpose: "Kho vũ khí, vật chất dự trữ", ha: 7.8, status: "tranh-chap", corridor: 30, anchor: [120, 4.5] },
  { name: "Điểm cao quan sát biên giới", unit: "Đồn Biên phòng Hương Quang", purpose: "Đài quan sát, chốt kiểm soát", ha: 14, status: "dang-su-dung", corridor: 20, anchor: [205, 12.5] },
];

/** Irregular parcel of about `ha` hectares around a centre. */
function parcelShape(centre, ha, rng) {
  const n = 9;
  const stretch = rng.range(1.1, 1.7);
  const turn = rng.range(0, Math.PI);
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    const r = rng.range(0.8, 1.2);
    const [x, y] = [Math.cos(a) * r * stretch, Math.sin(a) * r];
    return [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)];
  });
  const unit = turf.polygon([[...ring, ring[0]].map(([x, y]) => offsetXY(centre, x, y))]);
  const scale = Math.sqrt((ha * 1e4) / turf.area(unit));
  return turf.polygon([[...ring, ring[0]].map(([x, y]) => offsetXY(centre, x * scale, y * scale))]).geometry;
}

/** Offset in metres east (x) and north (y). */
function offsetXY([lon, lat], x, y) {
  return [lon + x / (111320 * Math.cos((lat * Math.PI) / 180)), lat + y / 110570];
}

/**
 * The parcel's shape at its anchor, or — when the real commune outline leaves
 * the anchor outside, too near the border or on another parcel — at the
 * nearest of a fixed spiral of alternatives (same bearing ±15°, ±30°…,
 * distance shortened), so the layout stays deterministic.
 */
function placeParcel(p, commune, hub, station, border, placed, rng) {
  const tries = p.anchor === "station" ? [[0.35, 90], [0.6, 60], [0.6, 120], [0.9, 90], [1.2, 45], [1.2, 135]].map(([km, bearing]) => offset(station, km, bearing))
    : [0, 15, -15, 30, -30, 45, -45, 60, -60].flatMap((turn) => [1, 0.8, 0.6, 0.4].map((scale) => offset(hub, p.anchor[1] * scale, p.anchor[0] + turn)));
  const shape = parcelShape(tries[0], p.ha, rng); // one draw per parcel, as before: later parcels keep their shapes
  const at = ([lon, lat]) => ({ type: "Polygon", coordinates: shape.coordinates.map((ring) => ring.map(([x, y]) => [x + lon - tries[0][0], y + lat - tries[0][1]])) });
  const fits = (centre, geometry) =>
    !turf.difference(turf.featureCollection([turf.feature(geometry), turf.feature(commune)])) &&
    distanceToLineM(centre, turf.lineString(border)) >= 300 &&
    !placed.some((g) => turf.booleanIntersects(g, geometry));
  for (const centre of tries) {
    const geometry = at(centre);
    if (fits(centre, geometry)) return geometry;
  }
  throw new Error(`parcel ${p.name} does not fit inside the commune`);
}

/** Defence-land parcels, checked to lie inside the commune and not overlap. */
export function buildDefenceLand(commune, hub, station, border) {
  const rng = createRng("defence-land");
  const placed = [];
  return PARCELS.map((p, i) => {
    const geometry = placeParcel(p, commune, hub, station, border, placed, rng);
    placed.push(geometry);
    const id = `defence-land-${String(i + 1).padStart(2, "0")}`;
    const props = { parcelId: `QP-VQ-${String(i + 1).padStart(3, "0")}`, managingUnit: p.unit, purpose: p.purpose, areaHa: Math.round(turf.area(roundGeometry(geometry)) / 100) / 100, status: p.status, corridorWidthM: p.corridor };
    return sampleFeature(id, `${p.name} (mẫu)`, props, geometry);
  });
}
