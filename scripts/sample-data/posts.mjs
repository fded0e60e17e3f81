// Point layers for people on duty: the three commune headquarters, the border
// guard station, and the militia posts (one per chosen village).
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { villageShortName } from "./names.mjs";
import { alongRoad, nearestRoadPoint, villageAt, villageCentre } from "./places.mjs";
import { distanceToLineM, inside, offset, sampleFeature } from "./geo-utils.mjs";

const point = (coordinates) => ({ type: "Point", coordinates });

/** Ban CHQS xã, Công an xã, UBND xã: a few hundred metres apart at the hub. */
export function buildCommandPosts(hub) {
  const posts = [
    { id: "command-post-01", name: "Ủy ban nhân dân xã Vũ Quang", kind: "ubnd", phone: "0239 3800 101", km: 0.08, bearing: 20 },
    { id: "command-post-02", name: "Ban Chỉ huy quân sự xã Vũ Quang", kind: "ban-chqs", phone: "0239 3800 102", km: 0.38, bearing: 65 },
    { id: "command-post-03", name: "Công an xã Vũ Quang", kind: "cong-an", phone: "0239 3800 113", km: 0.33, bearing: 205 },
  ];
  return posts.map((p) => sampleFeature(p.id, p.name, { kind: p.kind, phone: p.phone }, point(offset(hub, p.km, p.bearing))));
}

/** Đồn Biên phòng Hương Quang: inland from the middle of the border, toward the hub. */
export function buildBorderStation(border, hub, commune) {
  const line = turf.lineString(border);
  const start = turf.along(line, turf.length(line) * 0.42).geometry.coordinates;
  const position = offset(start, 4.2, turf.bearing(turf.point(start), turf.point(hub)));
  const distKm = distanceToLineM(position, line) / 1000;
  if (!inside(position, commune) || distKm < 2 || distKm > 7) throw new Error(`border station misplaced (${distKm.toFixed(2)} km)`);
  const props = { borderSection: "Đoạn biên giới Việt Nam – Lào từ cột mốc 484 đến 497 (đoạn qua xã Vũ Quang)", markers: "484–497" };
  return sampleFeature("border-station-01", "Đồn Biên phòng Hương Quang", props, point(position));
}

const EQUIPMENT = ["Súng AK, bộ đàm, ống nhòm, đèn pin", "Súng AK, bộ đàm, áo phao, dây cứu hộ", "Bộ đàm, ống nhòm, xe máy tuần tra, đèn pin", "Súng AK, bộ đàm, bình chữa cháy rừng"];
const SCHEDULES = ["Trực 24/24, luân phiên 3 ca", "Trực đêm 18h–6h, tuần tra ban ngày", "Trực 24/24 trong mùa khô, luân phiên 2 ca"];

/**
 * Twelve militia posts: every village bordering Laos, then villages the roads
 * cross. Road posts sit about 60 m off the road; others near the village centre.
 */
export function buildMilitiaPosts(villages, roads) {
  const rng = createRng("militia-posts");
  const chosen = new Map();
  for (const v of villages.filter((v) => v.properties.bordersLaos)) chosen.set(v.id, villageCentre(v));
  for (const road of roads)
    for (let f = 0.15; f < 0.95 && chosen.size < 12; f += 0.18) {
      const p = offset(alongRoad(road, f), 0.06, rng.range(0, 360));
      const v = villageAt(p, villages);
      if (!chosen.has(v.id) && inside(p, v.geometry)) chosen.set(v.id, p);
    }
  const posts = [...chosen.entries()].map(([villageId, position]) => {
    const village = villages.find((v) => v.id === villageId);
    const short = villageShortName(village.properties.name);
    const nearRoad = nearestRoadPoint(position, roads).distM < 500;
    return {
      position,
      name: `Chốt dân quân thôn ${short}`,
      props: {
        unit: village.properties.bordersLaos ? `Tổ dân quân biên giới thôn ${short}` : `Tiểu đội dân quân thôn ${short}`,
        strength: rng.int(4, 12),
        dutySchedule: rng.pick(SCHEDULES),
        equipment: rng.pick(EQUIPMENT),
        radiusM: Math.round(rng.range(1500, 3000) / 100) * 100,
        responseMinutes: nearRoad ? rng.int(5, 12) : rng.int(15, 30),
      },
    };
  });
  posts.sort((a, b) => b.position[1] - a.position[1] || a.position[0] - b.position[0]);
  return posts.map((p, i) => sampleFeature(`militia-post-${String(i + 1).padStart(2, "0")}`, p.name, p.props, point(p.position)));
}
