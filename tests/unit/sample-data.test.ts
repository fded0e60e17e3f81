// Invariants of the generated sample data (data/vu-quang/*.geojson) and the
// offline basemap (public/basemap/*.geojson). Regenerate with `npm run data`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as turf from "@turf/turf";
import { feature as topojsonFeature } from "topojson-client";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import { LAYER_CATALOG, type BuiltInLayerId } from "../../src/domain/layer-catalog";
import { SAMPLE_COMMUNE_NAME, SAMPLE_NOTICE, type SampleLayerProperties } from "../../src/domain/sample-data-contract";
import { DEFAULT_HOTSPOT_CATEGORIES, HOTSPOT_STATUSES, SEVERITIES } from "../../src/domain/hotspot-categories";
import { LAYER_IDS, renderBasemapFiles, renderVuQuangFiles } from "../../scripts/sample-data/generate.mjs";
import { createRng } from "../../scripts/sample-data/prng.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const readText = (rel: string) => fs.readFileSync(path.join(root, rel), "utf8");
const readFc = (rel: string) => JSON.parse(readText(rel)) as FeatureCollection;

const layers = {} as Record<BuiltInLayerId, Feature[]>;
for (const { id } of LAYER_CATALOG) layers[id] = readFc(`data/vu-quang/${id}.geojson`).features;

const commune = layers.commune[0] as Feature<Polygon>;
const communeOutline = turf.polygonToLine(commune) as Feature<LineString>;
const borderLine = layers["border-line"][0] as Feature<LineString>;
const m = { units: "meters" } as const;

/** Inside the commune, or within `tolM` metres of its boundary. */
function nearlyInside(p: Position, tolM = 5): boolean {
  return turf.booleanPointInPolygon(p, commune) || turf.pointToLineDistance(p, communeOutline, m) < tolM;
}
const pointOf = (f: Feature) => (f.geometry as Point).coordinates;
const ringsOf = (f: Feature): Position[][] =>
  f.geometry.type === "Polygon" ? (f.geometry as Polygon).coordinates : (f.geometry as MultiPolygon).coordinates.flat();
const overlapM2 = (a: Feature<Polygon>, b: Feature<Polygon>) => {
  const x = turf.intersect(turf.featureCollection([a, b]));
  return x ? turf.area(x) : 0;
};

/** Every contract key of each layer (typed, so a renamed contract key fails to compile). */
const CONTRACT_KEYS: { [K in keyof SampleLayerProperties]: (keyof SampleLayerProperties[K])[] } = {
  commune: ["code", "province", "kind", "areaKm2", "borderCommune", "keyDefence"],
  village: ["population", "households", "bordersLaos", "modelResidentialArea"],
  "defence-zone": ["command", "communes"],
  "defence-land": ["parcelId", "managingUnit", "purpose", "areaHa", "status", "corridorWidthM"],
  road: ["roadClass"],
  "border-line": ["neighbourCountry", "section"],
  "militia-post": ["unit", "strength", "dutySchedule", "equipment", "radiusM", "responseMinutes"],
  "command-post": ["kind", "phone"],
  "border-station": ["borderSection", "markers"],
  "border-marker": ["number", "label", "markerType", "condition", "lastInspected", "responsibleTeam"],
  hotspot: ["category", "severity", "status", "since", "responsibleOfficer", "village"],
};

describe("sample data: every layer", () => {
  it("has one file per catalogue layer, matching the generator's list", () => {
    expect([...LAYER_IDS].sort()).toEqual(LAYER_CATALOG.map((l) => l.id).sort());
  });

  it("marks every feature as sample data with a stable id and the contract keys", () => {
    const ids = new Set<string>();
    for (const { id: layerId } of LAYER_CATALOG) {
      for (const f of layers[layerId]) {
        const p = f.properties ?? {};
        expect(f.id, layerId).toBe(p.id);
        expect(typeof p.id).toBe("string");
        expect(ids.has(p.id), `duplicate id ${p.id}`).toBe(false);
        ids.add(p.id);
        expect(p.name, p.id).toMatch(/\S/);
        expect(p.sample, p.id).toBe(true);
        expect(p.note, p.id).toBe(SAMPLE_NOTICE);
        for (const key of CONTRACT_KEYS[layerId]) expect(p, `${p.id}.${String(key)}`).toHaveProperty(key as string);
      }
    }
  });

  it("rounds coordinates to at most 6 decimals", () => {
    for (const { id } of LAYER_CATALOG) {
      for (const f of layers[id]) {
        for (const [x, y] of turf.coordAll(f)) {
          expect(Math.abs(x * 1e6 - Math.round(x * 1e6)), `${f.id} ${x}`).toBeLessThan(1e-6);
          expect(Math.abs(y * 1e6 - Math.round(y * 1e6)), `${f.id} ${y}`).toBeLessThan(1e-6);
        }
      }
    }
  });
});

describe("sample data: commune and border", () => {
  it("is one polygon of 500–550 km² inside the Vũ Quang bbox", () => {
    expect(layers.commune).toHaveLength(1);
    expect(commune.geometry.type).toBe("Polygon");
    expect(commune.properties?.name).toBe(SAMPLE_COMMUNE_NAME);
    const km2 = turf.area(commune) / 1e6;
    expect(km2).toBeGreaterThanOrEqual(500);
    expect(km2).toBeLessThanOrEqual(550);
    expect(commune.properties?.areaKm2).toBeCloseTo(km2, 1);
    const [x0, y0, x1, y1] = turf.bbox(commune);
    const tol = 0.001; // ≈ 100 m: the border ends may sit just past the published bbox
    expect(x0).toBeGreaterThanOrEqual(105.256 - tol);
    expect(y0).toBeGreaterThanOrEqual(18.153 - tol);
    expect(x1).toBeLessThanOrEqual(105.619 + tol);
    expect(y1).toBeLessThanOrEqual(18.449 + tol);
    expect(turf.kinks(commune).features).toHaveLength(0);
    expect(commune.properties).toMatchObject({ code: "18313", province: "Hà Tĩnh", kind: "xã", borderCommune: true, keyDefence: true });
  });

  it("has a border line with Laos that the commune boundary follows vertex by vertex", () => {
    expect(layers["border-line"]).toHaveLength(1);
    expect(borderLine.geometry.type).toBe("LineString");
    expect(borderLine.properties?.neighbourCountry).toBe("Lào");
    expect(turf.length(borderLine)).toBeGreaterThan(30); // km
    for (const v of borderLine.geometry.coordinates) {
      expect(turf.pointToLineDistance(v, communeOutline, m)).toBeLessThan(1);
    }
  });

  // The outline is the official boundary (public/admin-2025); OSM's Lao polygon is an independent check.
  // The two lines differ by tens of metres (data/README.md), so a thin sliver overlaps: ≈ 0.06 %.
  it("overlaps Lao territory (cached OSM extract) only by the two sources' disagreement (< 0.2 %)", () => {
    const extract = readFc("data/source/vnm-lao-border.geojson");
    const lao = extract.features.find((f) => f.id === "lao-land") as Feature<MultiPolygon>;
    const x = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([commune, lao]));
    expect(x ? turf.area(x) : 0).toBeLessThan(0.002 * turf.area(commune));
  });

  it("is the real official boundary of 18313 from the shipped administrative data", () => {
    const topology = JSON.parse(readText("public/admin-2025/provinces/42.topo.json"));
    const official = topojsonFeature(topology, topology.objects.communes.geometries.find((g: { id?: string }) => g.id === "18313")) as unknown as Feature<Polygon>;
    expect(official.geometry.coordinates[0].length).toBeGreaterThan(500);
    const [, second] = commune.geometry.coordinates[0];
    const within = (p: Position) => official.geometry.coordinates[0].some((q) => Math.abs(q[0] - p[0]) < 1e-6 && Math.abs(q[1] - p[1]) < 1e-6);
    expect(within(second)).toBe(true);
    expect(commune.geometry.coordinates[0].every(within)).toBe(true);
    expect(turf.area(commune) / turf.area(official)).toBeCloseTo(1, 5);
  });

  it("places markers 484–497 on the border line, in order", () => {
    const markers = layers["border-marker"];
    expect(markers.length).toBeGreaterThanOrEqual(14);
    const numbers = markers.map((f) => f.properties?.number as number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (let n = 484; n <= 497; n++) expect(numbers).toContain(n);
    let lastAlong = -1;
    for (const f of [...markers].sort((a, b) => a.properties?.number - b.properties?.number)) {
      const p = f.properties ?? {};
      expect(p.number).toBeGreaterThanOrEqual(400);
      expect(p.number).toBeLessThan(500);
      expect(p.label).toBe(`Cột mốc ${p.number}`);
      expect(["chinh", "phu"]).toContain(p.markerType);
      expect(["tot", "hu-hong", "mat", "bi-che-lap"]).toContain(p.condition);
      expect(p.lastInspected).toMatch(/^2026-\d\d-\d\d$/);
      expect(p.responsibleTeam).toMatch(/^Tổ tự quản đường biên, cột mốc thôn \S/);
      const snapped = turf.nearestPointOnLine(borderLine, pointOf(f), m);
      expect(snapped.properties.dist, `${f.id} off the border`).toBeLessThan(1);
      expect(snapped.properties.location, `${f.id} out of order`).toBeGreaterThan(lastAlong);
      lastAlong = snapped.properties.location;
    }
  });
});

describe("sample data: villages and areas", () => {
  const villages = layers.village as Feature<Polygon>[];

  it("has 31 named villages, 26 model residential areas, several bordering Laos", () => {
    expect(villages).toHaveLength(31);
    const names = villages.map((v) => v.properties?.name as string);
    expect(new Set(names).size).toBe(31);
    for (const n of names) expect(n).toMatch(/^Thôn \S/);
    for (const n of ["Thôn Hương Minh", "Thôn Thọ Điền", "Thôn Quang Thọ"]) expect(names).toContain(n);
    expect(villages.filter((v) => v.properties?.modelResidentialArea).length).toBe(26);
    const borderVillages = villages.filter((v) => v.properties?.bordersLaos);
    expect(borderVillages.length).toBeGreaterThanOrEqual(3);
    for (const v of villages) {
      const touches = turf.booleanIntersects(turf.buffer(v, 50, m)!, borderLine);
      expect(touches, `${v.properties?.name} bordersLaos`).toBe(v.properties?.bordersLaos);
      expect(v.properties?.population).toBeGreaterThan(100);
      expect(v.properties?.households).toBeGreaterThan(v.properties?.population / 6);
      expect(v.properties?.households).toBeLessThan(v.properties?.population / 2);
    }
  });

  it("tiles the commune without overlaps", () => {
    for (const v of villages) expect(v.geometry.type).toBe("Polygon");
    for (let i = 0; i < villages.length; i++)
      for (let j = i + 1; j < villages.length; j++) {
        if (!turf.booleanIntersects(turf.bboxPolygon(turf.bbox(villages[i])), turf.bboxPolygon(turf.bbox(villages[j])))) continue;
        expect(overlapM2(villages[i], villages[j]), `${villages[i].id} × ${villages[j].id}`).toBeLessThan(1);
      }
    const total = villages.reduce((s, v) => s + turf.area(v), 0);
    expect(Math.abs(total - turf.area(commune)) / turf.area(commune)).toBeLessThan(0.005);
  });

  it("keeps every polygon layer inside the commune", () => {
    for (const id of ["village", "defence-zone", "defence-land"] as const) {
      expect(layers[id].length, id).toBeGreaterThan(0);
      for (const f of layers[id]) for (const ring of ringsOf(f)) for (const v of ring) expect(nearlyInside(v), `${f.id} ${v}`).toBe(true);
    }
  });

  it("has at least 6 separate defence-land parcels of 5–80 ha with mixed statuses", () => {
    const parcels = layers["defence-land"] as Feature<Polygon>[];
    expect(parcels.length).toBeGreaterThanOrEqual(6);
    for (const p of parcels) {
      const ha = turf.area(p) / 1e4;
      expect(ha).toBeGreaterThanOrEqual(5);
      expect(ha).toBeLessThanOrEqual(80);
      expect(p.properties?.areaHa).toBeCloseTo(ha, 1);
      expect(["dang-su-dung", "bi-lan-chiem", "tranh-chap"]).toContain(p.properties?.status);
    }
    expect(new Set(parcels.map((p) => p.properties?.status)).size).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < parcels.length; i++)
      for (let j = i + 1; j < parcels.length; j++) expect(overlapM2(parcels[i], parcels[j])).toBe(0);
  });

  it("names the defence zone after the commune", () => {
    expect(layers["defence-zone"].map((f) => f.properties?.name)).toContain("Khu vực phòng thủ xã Vũ Quang (dữ liệu mẫu)");
  });

  it("has the three key roads crossing the commune", () => {
    const roads = layers.road as Feature<LineString>[];
    expect(roads.map((r) => r.properties?.name).sort()).toEqual(["Quốc lộ 281", "Tỉnh lộ 552", "Đường Hồ Chí Minh"].sort());
    for (const r of roads) {
      expect(r.geometry.type).toBe("LineString");
      expect(turf.booleanIntersects(r, commune), r.properties?.name).toBe(true);
      expect(["quoc-lo", "duong-ho-chi-minh", "tinh-lo"]).toContain(r.properties?.roadClass);
    }
  });
});

describe("sample data: points", () => {
  it("keeps every point layer inside the commune", () => {
    for (const id of ["militia-post", "command-post", "border-station", "border-marker", "hotspot"] as const)
      for (const f of layers[id]) expect(nearlyInside(pointOf(f)), `${f.id}`).toBe(true);
  });

  it("has at least 10 militia posts with a 1.5–3 km radius", () => {
    const posts = layers["militia-post"];
    expect(posts.length).toBeGreaterThanOrEqual(10);
    for (const p of posts) {
      expect(p.properties?.name).toMatch(/^Chốt dân quân thôn \S/);
      expect(p.properties?.radiusM).toBeGreaterThanOrEqual(1500);
      expect(p.properties?.radiusM).toBeLessThanOrEqual(3000);
      expect(p.properties?.responseMinutes).toBeGreaterThan(0);
    }
  });

  it("has the three headquarters close together", () => {
    const hq = layers["command-post"];
    expect(hq.map((f) => f.properties?.kind).sort()).toEqual(["ban-chqs", "cong-an", "ubnd"]);
    for (const a of hq) for (const b of hq) expect(turf.distance(pointOf(a), pointOf(b), m)).toBeLessThan(1500);
  });

  it("has Đồn Biên phòng Hương Quang a few km from the border", () => {
    expect(layers["border-station"]).toHaveLength(1);
    const station = layers["border-station"][0];
    expect(station.properties?.name).toBe("Đồn Biên phòng Hương Quang");
    const km = turf.pointToLineDistance(pointOf(station), borderLine, { units: "kilometers" });
    expect(km).toBeGreaterThan(1);
    expect(km).toBeLessThan(8);
  });

  it("has at least 12 hotspots over 6+ categories and every severity", () => {
    const hotspots = layers.hotspot;
    expect(hotspots.length).toBeGreaterThanOrEqual(12);
    const categories = new Set(hotspots.map((h) => h.properties?.category));
    expect(categories.size).toBeGreaterThanOrEqual(6);
    for (const c of categories) expect(DEFAULT_HOTSPOT_CATEGORIES.map((x) => x.id)).toContain(c);
    expect(new Set(hotspots.map((h) => h.properties?.severity))).toEqual(new Set(SEVERITIES.map((s) => s.id)));
    for (const h of hotspots) {
      const p = h.properties ?? {};
      expect(HOTSPOT_STATUSES.map((s) => s.id)).toContain(p.status);
      expect(p.since).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(p.responsibleOfficer).toMatch(/\S+ \S+/);
      const home = layers.village.find((v) => turf.booleanPointInPolygon(pointOf(h), v as Feature<Polygon>));
      expect(home?.properties?.name, `${h.id} village`).toBe(p.village);
    }
  });
});

describe("offline basemap", () => {
  const files = ["countries", "land", "country-borders"].map((n) => `public/basemap/${n}.geojson`);

  it("stays under 2 MB with 5-decimal coordinates", () => {
    const total = files.reduce((s, f) => s + fs.statSync(path.join(root, f)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
    for (const f of files)
      for (const [x, y] of turf.coordAll(readFc(f))) expect(Math.abs(x * 1e5 - Math.round(x * 1e5)) + Math.abs(y * 1e5 - Math.round(y * 1e5))).toBeLessThan(1e-6);
  });

  it("names the neighbours in Vietnamese and shows Hoàng Sa and Trường Sa as Vietnamese", () => {
    const countries = readFc("public/basemap/countries.geojson").features;
    const names = countries.map((f) => f.properties?.name);
    for (const n of ["Việt Nam", "Lào", "Campuchia", "Thái Lan", "Trung Quốc", "Myanmar", "Quần đảo Hoàng Sa (Việt Nam)", "Quần đảo Trường Sa (Việt Nam)"]) expect(names).toContain(n);
    for (const n of ["Quần đảo Hoàng Sa (Việt Nam)", "Quần đảo Trường Sa (Việt Nam)"])
      expect(countries.find((f) => f.properties?.name === n)?.properties?.country).toBe("Việt Nam");
    const china = countries.find((f) => f.properties?.name === "Trung Quốc")!;
    const paracels = turf.bboxPolygon([110.5, 15.5, 113, 17.5]);
    expect(turf.booleanIntersects(china, paracels)).toBe(false);
    const borders = readFc("public/basemap/country-borders.geojson").features.map((f) => f.properties?.name);
    expect(borders).toContain("Việt Nam – Lào");
  });
});

describe("generator determinism", () => {
  let vuQuang: Record<string, string>;
  beforeAll(() => {
    vuQuang = renderVuQuangFiles(readFc("data/source/vnm-lao-border.geojson"));
  }, 60_000);

  it("uses a seeded PRNG that repeats exactly", () => {
    const a = createRng("x");
    const b = createRng("x");
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(createRng("y").next()).not.toBe(seqA[0]);
  });

  it("reproduces the committed sample files byte for byte", () => {
    expect(Object.keys(vuQuang).sort()).toEqual(LAYER_IDS.map((id) => `data/vu-quang/${id}.geojson`).sort());
    for (const [rel, text] of Object.entries(vuQuang)) expect(text === readText(rel), `${rel} differs: run npm run data`).toBe(true);
  });

  it("reproduces the committed basemap byte for byte", () => {
    for (const [rel, text] of Object.entries(renderBasemapFiles())) expect(text === readText(rel), `${rel} differs: run npm run data`).toBe(true);
  }, 60_000);
});
