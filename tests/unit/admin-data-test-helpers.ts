// Shared by the admin-data tests: the committed files of public/admin-2025/
// (the tests run on a clean clone, without ../shared), read once and frozen.

import { readFileSync } from "node:fs";
import type { AdminUnits, ProvinceTopology } from "../../src/geo/admin";

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

export const ADMIN_FOLDER = "public/admin-2025";

export const adminUnits: AdminUnits = deepFreeze(JSON.parse(readFileSync(`${ADMIN_FOLDER}/units.json`, "utf8")) as AdminUnits);

const topologies = new Map<string, ProvinceTopology>();

export function provinceTopology(code: string): ProvinceTopology {
  let topology = topologies.get(code);
  if (!topology) {
    topology = deepFreeze(JSON.parse(readFileSync(`${ADMIN_FOLDER}/provinces/${code}.topo.json`, "utf8")) as ProvinceTopology);
    topologies.set(code, topology);
  }
  return topology;
}
