// The official units and boundaries the app ships (public/admin-2025/, made by
// scripts/admin-data), read offline-first: from IndexedDB when kept, else
// fetched from the app's own origin and kept. units.json is kept on first
// use; a province file only once one of its communes is chosen or previewed.

import { ADMIN_DATA_BASE, decodeProvinceBoundaries, type AdminUnits, type CommuneBoundary, type ProvinceTopology, type ProvinceUnit } from "../../geo/admin";
import { AdminFileRepository } from "../../store/layers/admin-file.repository";
import { appDatabase } from "../workspace";

const files = new AdminFileRepository(appDatabase);
const loaded = new Map<string, Promise<unknown>>();

const UNITS_PATH = "units.json";

async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${ADMIN_DATA_BASE}${path}`);
  if (!response.ok) throw new Error(`máy chủ trả lời HTTP ${response.status}`);
  return response.text();
}

async function readKept<T>(path: string, what: string): Promise<T> {
  let text = await files.read(path);
  if (text === null) {
    try {
      text = await fetchText(path);
    } catch (reason) {
      const detail = reason instanceof Error && reason.message.startsWith("máy chủ") ? reason.message : "không có mạng";
      throw new Error(`Chưa tải được ${what} (${detail}). Lần đầu dùng cần mở ứng dụng khi có mạng; sau đó dùng được ngoại tuyến.`);
    }
    await files.keep(path, text);
  }
  return JSON.parse(text) as T;
}

function once<T>(path: string, load: () => Promise<T>): Promise<T> {
  let promise = loaded.get(path) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    promise.catch(() => loaded.delete(path));
    loaded.set(path, promise);
  }
  return promise;
}

export function loadAdminUnits(): Promise<AdminUnits> {
  return once(UNITS_PATH, () => readKept<AdminUnits>(UNITS_PATH, "danh sách xã, phường"));
}

export function loadProvinceTopology(province: ProvinceUnit): Promise<ProvinceTopology> {
  return once(province.boundaryFile, () => readKept<ProvinceTopology>(province.boundaryFile, `ranh giới các xã của ${province.fullName}`));
}

const decoded = new Map<string, Promise<ReadonlyMap<string, CommuneBoundary>>>();

/**
 * Every commune boundary of a province, decoded once per page and kept in memory: decoding the whole
 * shared-arc topology at once is faster than decoding communes one by one (bench/admin-boundaries.bench.ts),
 * and the preview, the neighbours and the workspace then only look communes up.
 */
export function loadProvinceCommunes(province: ProvinceUnit): Promise<ReadonlyMap<string, CommuneBoundary>> {
  let promise = decoded.get(province.code);
  if (!promise) {
    promise = loadProvinceTopology(province).then((topology) => new Map(decodeProvinceBoundaries(topology).communes.map((commune) => [commune.properties.code, commune])));
    promise.catch(() => decoded.delete(province.code));
    decoded.set(province.code, promise);
  }
  return promise;
}
