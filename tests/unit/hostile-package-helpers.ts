// Builds exchange packages by hand for the hostile-input tests: any records,
// layers and manifest fields, with correct SHA-256 checksums (so the checks
// under test are the ones after the checksum), plus extra unlisted entries.

import { strToU8, zipSync, type Zippable } from "fflate";
import { MANIFEST_PATH, PACKAGE_FORMAT } from "../../src/io/package/package-manifest";
import { sha256Hex } from "../../src/io/package/sha256";

export interface HandMadePackage {
  records?: Partial<Record<"drills" | "markerInspections" | "patrols", unknown>>;
  layers?: { id: string; name: string; collection: unknown }[];
  /** Fields merged over (or, when undefined, removed from) the manifest. */
  manifest?: Record<string, unknown>;
  /** Entries in the zip that the manifest does not list. */
  unlisted?: Zippable;
}

export const POINT_LAYER = {
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { name: "Chốt 1" }, geometry: { type: "Point", coordinates: [105.4, 18.3] } }],
};

export async function handMadeEntries(spec: HandMadePackage): Promise<Record<string, Uint8Array>> {
  const entries: Record<string, Uint8Array> = {};
  const files: { path: string; bytes: number; sha256: string }[] = [];
  const add = async (path: string, value: unknown) => {
    const bytes = strToU8(JSON.stringify(value));
    entries[path] = bytes;
    files.push({ path, bytes: bytes.length, sha256: await sha256Hex(bytes) });
  };
  const layers = [];
  for (const [index, layer] of (spec.layers ?? []).entries()) {
    const path = `layers/${index}.geojson`;
    await add(path, layer.collection);
    layers.push({ id: layer.id, name: layer.name, kind: "imported", color: "#b91c1c", path, featureCount: 1 });
  }
  const records = [];
  for (const [kind, list] of Object.entries(spec.records ?? {})) {
    const path = `records/${kind}.json`;
    await add(path, list);
    records.push({ kind, path, count: Array.isArray(list) ? list.length : 0 });
  }
  const manifest: Record<string, unknown> = {
    format: PACKAGE_FORMAT,
    version: 1,
    createdAt: "2026-11-23T08:00:00.000Z",
    createdBy: { name: "Nguyễn Văn A", unit: "Đồn Biên phòng Hương Quang" },
    commune: "Vũ Quang",
    note: "",
    layers,
    records,
    attachments: [],
    files,
  };
  for (const [key, value] of Object.entries(spec.manifest ?? {})) {
    if (value === undefined) delete manifest[key];
    else manifest[key] = value;
  }
  entries[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
  return entries;
}

export async function handMadeZip(spec: HandMadePackage): Promise<Uint8Array> {
  return zipSync({ ...(await handMadeEntries(spec)), ...(spec.unlisted ?? {}) }, { level: 6 });
}

export const VALID_DRILL = {
  id: "drill-ok-1",
  name: "Diễn tập phòng thủ 2026",
  type: "chien-dau-phong-thu-xa",
  date: "2026-12-01",
  hHour: "07:00",
  forces: [{ id: "f1", name: "Trung đội dân quân", kind: "dan-quan", strength: 30, speedKmh: 4 }],
  phases: [{ id: "p1", name: "Tập kết", offsetMinutes: 0, checklist: [], actualStart: "", reviewNotes: "" }],
  elements: [{ id: "e1", kind: "assembly-point", name: "Điểm tập kết", phaseId: "p1", forceIds: ["f1"], geometry: { type: "Point", coordinates: [105.4, 18.3] } }],
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  revisions: ["2026-11-01T00:00:00.000Z"],
};
