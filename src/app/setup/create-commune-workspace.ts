// Opens a workspace for the communes the user chose: their official boundaries
// become the workspace's "Ranh giới xã" layer (read from the province files,
// which are kept for offline use); every other operational layer starts empty,
// to be drawn or imported by the commune. The same set of communes always
// opens the same workspace, so choosing again never duplicates data.

import { NEIGHBOUR_COUNTRY_NAMES, type AdminUnits, type CommuneUnit } from "../../geo/admin";
import { workspaceFeatureKey, workspaceName, type WorkspaceFeatureRecord, type WorkspaceRecord } from "../../domain/workspace";
import { nowIso } from "../../store/ids";
import { provinceMeridian } from "../../geo/coordinates/vn2000-province-meridians";
import { formerProvinceOfCommune } from "../../geo/coordinates/former-province-of-commune";
import { setVn2000Province, workspaces } from "../workspace";
import { loadProvinceCommunes } from "./admin-data-source";

export const ADMIN_SOURCE_CREDIT = "Ranh giới: Bản đồ tham khảo đơn vị hành chính Việt Nam (NXB Tài nguyên – Môi trường và Bản đồ Việt Nam), qua thanglequoc/vietnamese-provinces-database (MIT)";

export function workspaceIdFor(communes: readonly CommuneUnit[]): string {
  return `xa-${communes.map((commune) => commune.code).sort().join("-")}`;
}

async function boundaryRecord(units: AdminUnits, commune: CommuneUnit, workspaceId: string, now: string): Promise<WorkspaceFeatureRecord> {
  const province = units.provinces.find((candidate) => candidate.code === commune.provinceCode);
  if (!province) throw new Error(`Không tìm thấy tỉnh mã ${commune.provinceCode} của ${commune.fullName}.`);
  const boundary = (await loadProvinceCommunes(province)).get(commune.code);
  if (!boundary) throw new Error(`Tệp ranh giới của ${province.fullName} không có ${commune.fullName} (mã ${commune.code}).`);
  const countries = (commune.landBorder ?? []).map((country) => NEIGHBOUR_COUNTRY_NAMES[country]);
  return {
    key: workspaceFeatureKey(workspaceId, commune.code),
    workspaceId,
    layerId: "commune",
    featureId: commune.code,
    geometry: boundary.geometry,
    properties: {
      id: commune.code,
      name: commune.fullName,
      code: commune.code,
      province: commune.provinceName,
      kind: commune.type,
      areaKm2: commune.areaKm2,
      borderCommune: countries.length > 0,
      neighbourCountries: countries.join(", "),
      source: ADMIN_SOURCE_CREDIT,
    },
    version: 1,
    createdAt: now,
    updatedAt: now,
    updatedBy: "Dữ liệu hành chính chính thức",
    deletedAt: null,
  };
}

export async function openCommuneWorkspace(units: AdminUnits, communes: readonly CommuneUnit[]): Promise<WorkspaceRecord> {
  if (communes.length === 0) throw new Error("Hãy chọn ít nhất một xã, phường.");
  const id = workspaceIdFor(communes);
  const existing = await workspaces.get(id);
  if (existing) {
    await workspaces.open(id);
    return existing;
  }
  const now = nowIso();
  const boundaries = await Promise.all(communes.map((commune) => boundaryRecord(units, commune, id, now)));
  const chosen = communes.map(({ code, fullName, provinceCode, provinceName }) => ({ code, fullName, provinceCode, provinceName }));
  const workspace: WorkspaceRecord = {
    id,
    kind: "communes",
    name: workspaceName(chosen),
    communes: chosen,
    bbox: [
      Math.min(...communes.map((commune) => commune.bbox[0])),
      Math.min(...communes.map((commune) => commune.bbox[1])),
      Math.max(...communes.map((commune) => commune.bbox[2])),
      Math.max(...communes.map((commune) => commune.bbox[3])),
    ],
    createdAt: now,
    updatedAt: now,
  };
  const created = await workspaces.create(workspace, boundaries);
  presetVn2000Zone(communes[0].code);
  return created;
}

/**
 * A new workspace brings the VN-2000 3° zone of its first commune's former province (found from the
 * commune code) for "Tọa độ", the readout and the print grid; the user can still pick another.
 */
function presetVn2000Zone(communeCode: string): void {
  const former = formerProvinceOfCommune(communeCode);
  if (former && provinceMeridian(former)) setVn2000Province(former);
}
