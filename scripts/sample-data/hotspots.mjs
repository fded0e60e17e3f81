// Security hotspots: each category placed where it plausibly occurs (border
// crime near the border, traffic on the key roads, theft and fraud at the
// centre, land disputes and vices in villages, forest offences in the park).
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { OFFICERS, villageShortName } from "./names.mjs";
import { alongRoad, villageAt, villageCentre } from "./places.mjs";
import { inside, isoDate, offset, sampleFeature } from "./geo-utils.mjs";

// where: ["border", fraction, km inland] | ["road", index, fraction] | ["hub", km] | ["village", index in id order]
const SPECS = [
  ["vuot-bien-trai-phep", "khan-cap", "phat-hien", ["border", 0.12, 1.2], "Đường mòn vượt biên trái phép khu vực thôn {v}"],
  ["buon-lau", "cao", "dang-hoa-giai", ["border", 0.55, 1.8], "Điểm tập kết hàng lậu qua biên giới, thôn {v}"],
  ["mua-ban-nguoi", "cao", "du-bao", ["border", 0.83, 2.5], "Nguy cơ dụ dỗ lao động sang Lào trái phép, thôn {v}"],
  ["ma-tuy", "khan-cap", "phat-hien", ["border", 0.33, 3.2], "Tụ điểm nghi sử dụng trái phép chất ma túy, thôn {v}"],
  ["ma-tuy", "cao", "dang-hoa-giai", ["hub", 0.9], "Điểm nghi mua bán ma túy khu trung tâm xã (thôn {v})"],
  ["trom-cap", "trung-binh", "da-giai-quyet", ["hub", 0.5], "Trộm cắp tài sản khu chợ trung tâm (thôn {v})"],
  ["lua-dao-cong-nghe-cao", "thap", "dang-hoa-giai", ["hub", 1.4], "Lừa đảo qua mạng nhắm vào người dân thôn {v}"],
  ["tranh-chap-dat-dai", "trung-binh", "dang-hoa-giai", ["village", 14], "Tranh chấp đất rừng sản xuất, thôn {v}"],
  ["te-nan-xa-hoi", "thap", "da-giai-quyet", ["village", 20], "Tụ điểm cờ bạc, thôn {v}"],
  ["gay-roi-trat-tu", "thap", "da-giai-quyet", ["village", 6], "Gây rối trật tự sau lễ hội, thôn {v}"],
  ["tai-nan-giao-thong", "cao", "phat-hien", ["road", 0, 0.36], "Đoạn cua nguy hiểm đường Hồ Chí Minh qua thôn {v}"],
  ["tai-nan-giao-thong", "trung-binh", "du-bao", ["road", 1, 0.62], "Điểm đen tai nạn giao thông tỉnh lộ 552, thôn {v}"],
  ["thien-tai-sat-lo", "khan-cap", "du-bao", ["road", 2, 0.72], "Nguy cơ sạt lở taluy dương quốc lộ 281, thôn {v}"],
  ["vi-pham-lam-nghiep", "cao", "phat-hien", ["border", 0.7, 5.5], "Khai thác gỗ trái phép giáp Vườn quốc gia Vũ Quang, thôn {v}"],
  ["truyen-dao-trai-phep", "trung-binh", "du-bao", ["village", 25], "Hoạt động truyền đạo trái pháp luật, thôn {v}"],
];

function place(where, ctx, rng) {
  const [kind, a, b] = where;
  if (kind === "border") {
    const line = turf.lineString(ctx.border);
    const start = turf.along(line, turf.length(line) * a).geometry.coordinates;
    return offset(start, b, turf.bearing(turf.point(start), turf.point(ctx.hub)) + rng.range(-20, 20));
  }
  if (kind === "road") return offset(alongRoad(ctx.roads[a], b), 0.04, rng.range(0, 360));
  if (kind === "hub") return offset(ctx.hub, a, rng.range(0, 360));
  return offset(villageCentre(ctx.villages[a]), rng.range(0.1, 0.4), rng.range(0, 360));
}

/**
 * The real commune outline is not the shape the specs were written for: a
 * position outside it is pulled toward the hub (inside) in 10 % steps until it
 * is inside — deterministic, and it keeps the spot near where the spec meant it.
 */
function pullInside(position, hub, commune) {
  for (let k = 1; k <= 10 && !inside(position, commune); k++) {
    position = [position[0] + (hub[0] - position[0]) * 0.1 * k, position[1] + (hub[1] - position[1]) * 0.1 * k];
  }
  return position;
}

/** Build the hotspot features; throws if a spec lands outside the commune. */
export function buildHotspots({ commune, border, hub, roads, villages }) {
  const rng = createRng("hotspots");
  const ctx = { border, hub, roads, villages };
  return SPECS.map(([category, severity, status, where, template], i) => {
    const position = pullInside(place(where, ctx, rng), hub, commune);
    if (!inside(position, commune)) throw new Error(`hotspot ${i + 1} (${category}) is outside the commune`);
    const village = villageAt(position, villages).properties.name;
    const props = {
      category,
      severity,
      status,
      since: isoDate(2025, 20 + Math.floor(rng.range(0, 330))),
      responsibleOfficer: OFFICERS[i % OFFICERS.length],
      village,
    };
    const name = template.replace("{v}", villageShortName(village));
    return sampleFeature(`hotspot-${String(i + 1).padStart(2, "0")}`, name, props, { type: "Point", coordinates: position });
  });
}
