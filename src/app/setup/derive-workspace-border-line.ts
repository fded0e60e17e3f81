// "Lấy đường biên giới từ ranh giới": the open workspace's national land border,
// derived from the official boundaries (the part of each border commune's
// outline that no other Vietnamese commune shares and that faces Laos, China
// or Cambodia), written as the workspace's "Đường biên giới" layer — replacing
// the lines there, soft-deleted so the step can be undone.

import type { Feature } from "geojson";
import { deriveBorderLines } from "../../geo/admin";
import type { WorkspaceRecord } from "../../domain/workspace";
import type { ImportUndo } from "../../store/layers/workspace-feature.repository";
import { workspaceFeatures } from "../workspace";
import { loadAdminUnits, loadProvinceTopology } from "./admin-data-source";
import { ADMIN_SOURCE_CREDIT } from "./create-commune-workspace";

export interface DerivedBorder {
  lines: number;
  lengthKm: number;
  countries: string[];
  undo: ImportUndo;
}

export async function deriveWorkspaceBorderLine(workspace: WorkspaceRecord, actor: string): Promise<DerivedBorder> {
  const units = await loadAdminUnits();
  const lines: Feature[] = [];
  for (const chosen of workspace.communes) {
    const commune = units.communes.find((candidate) => candidate.code === chosen.code);
    const province = commune && units.provinces.find((candidate) => candidate.code === commune.provinceCode);
    if (!commune?.landBorder || !province) continue;
    for (const line of deriveBorderLines(await loadProvinceTopology(province), commune.code)) {
      lines.push({
        type: "Feature",
        geometry: line.geometry,
        properties: {
          name: `Đường biên giới Việt Nam – ${line.properties.countryName} (${commune.fullName})`,
          neighbourCountry: line.properties.countryName,
          section: commune.fullName,
          lengthM: Math.round(line.properties.lengthM),
          source: ADMIN_SOURCE_CREDIT,
        },
      });
    }
  }
  if (lines.length === 0) throw new Error("Các xã của vùng làm việc không nằm trên biên giới đất liền (Lào, Trung Quốc, Campuchia): không có đường biên giới để lấy.");
  const undo = await workspaceFeatures.importFeatures(workspace.id, "border-line", lines, "replace", actor);
  return {
    lines: lines.length,
    lengthKm: lines.reduce((sum, line) => sum + Number(line.properties?.lengthM ?? 0), 0) / 1000,
    countries: [...new Set(lines.map((line) => String(line.properties?.neighbourCountry)))],
    undo,
  };
}
