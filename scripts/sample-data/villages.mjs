// 31 villages: seed points (denser near the commune centre, sparse in the
// forest along the border), Voronoi cells clipped to the commune so they tile
// it without overlapping.
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { VILLAGE_NAMES } from "./names.mjs";
import { distanceM, inside, sampleFeature } from "./geo-utils.mjs";

const VILLAGE_COUNT = 31;
const NOT_MODEL_COUNT = 5; // 26/31 are "khu dân cư kiểu mẫu" (DOMAIN.md §4)

/** Seed points by rejection sampling with a spacing that grows away from the hub. */
function seedPoints(commune, hub, rng) {
  const [x0, y0, x1, y1] = turf.bbox(commune);
  const seeds = [hub];
  let minKm = 1.7;
  for (let attempt = 0; seeds.length < VILLAGE_COUNT; attempt++) {
    if (attempt > 0 && attempt % 4000 === 0) minKm *= 0.9;
    const p = [rng.range(x0, x1), rng.range(y0, y1)];
    if (!inside(p, commune)) continue;
    const fromHubKm = distanceM(p, hub) / 1000;
    const spacing = minKm + 0.16 * fromHubKm;
    if (seeds.every((s) => distanceM(s, p) / 1000 >= spacing)) seeds.push(p);
  }
  return seeds;
}

/** Split a (Multi)Polygon into its largest part and the remaining fragments. */
function splitParts(geometry) {
  if (geometry.type === "Polygon") return { main: geometry, fragments: [] };
  const polys = geometry.coordinates.map((c) => turf.polygon(c));
  polys.sort((a, b) => turf.area(b) - turf.area(a));
  return { main: polys[0].geometry, fragments: polys.slice(1) };
}

/** Give each stray fragment (cut off by a border inlet) to a neighbour it touches. */
function absorbFragments(cells, fragments) {
  for (const fragment of fragments) {
    const c = turf.centroid(fragment).geometry.coordinates;
    const order = cells.map((_, i) => i).sort((a, b) => distanceM(cells[a].seed, c) - distanceM(cells[b].seed, c));
    let absorbed = false;
    for (const i of order) {
      const merged = turf.union(turf.featureCollection([turf.feature(cells[i].geometry), fragment]));
      if (merged?.geometry.type !== "Polygon") continue; // not touching this cell
      cells[i].geometry = merged.geometry;
      absorbed = true;
      break;
    }
    if (!absorbed) throw new Error("village fragment touches no cell");
  }
}

/** Build the village features; `borderLine` is the commune's border segment. */
export function buildVillages(commune, hub, borderLine) {
  const rng = createRng("villages");
  const seeds = seedPoints(commune, hub, rng);
  const bbox = turf.bbox(turf.buffer(commune, 2, { units: "kilometers" }));
  const cells = turf.voronoi(turf.featureCollection(seeds.map((s) => turf.point(s))), { bbox });
  const fragments = [];
  const clipped = cells.features.map((cell, i) => {
    const part = turf.intersect(turf.featureCollection([cell, turf.feature(commune)]));
    if (!part) throw new Error(`village cell ${i} is empty`);
    const split = splitParts(part.geometry);
    fragments.push(...split.fragments);
    return { seed: seeds[i], geometry: split.main };
  });
  absorbFragments(clipped, fragments);
  // Nearest to the hub first, so central names go to central villages.
  clipped.sort((a, b) => distanceM(a.seed, hub) - distanceM(b.seed, hub));
  const notModel = new Set(rng.shuffle(clipped.map((_, i) => i).slice(8)).slice(0, NOT_MODEL_COUNT));
  const villages = clipped.map((cell, i) => {
    const outline = turf.polygonToLine(turf.polygon(cell.geometry.coordinates));
    const bordersLaos = borderLine.some((p) => turf.pointToLineDistance(turf.point(p), outline, { units: "meters" }) < 50);
    const remoteness = Math.min(1, distanceM(cell.seed, hub) / 20000);
    const population = Math.round(rng.range(620, 980) * (1 - 0.55 * remoteness) / 5) * 5;
    const households = Math.round(population / rng.range(3.6, 4.2));
    return { name: VILLAGE_NAMES[i], seed: cell.seed, geometry: cell.geometry, population, households, bordersLaos, modelResidentialArea: !notModel.has(i) };
  });
  // Stable ids from north to south, then west to east.
  const ordered = villages.slice().sort((a, b) => b.seed[1] - a.seed[1] || a.seed[0] - b.seed[0]);
  return ordered.map((v, i) => {
    const id = `village-${String(i + 1).padStart(2, "0")}`;
    const { population, households, bordersLaos, modelResidentialArea } = v;
    return sampleFeature(id, v.name, { population, households, bordersLaos, modelResidentialArea }, v.geometry);
  });
}
