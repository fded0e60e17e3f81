// The communes around the open workspace, drawn faintly with their names
// (from the kept province files; a neighbour in another province brings that
// province's file too). Reading them never blocks the map: a failure only
// leaves the neighbours out.

import { useEffect } from "react";
import type { Feature, FeatureCollection } from "geojson";
import type { AdminUnits } from "../../geo/admin";
import type { WorkspaceRecord } from "../../domain/workspace";
import type { MapController } from "../../map/map-controller";
import { NEIGHBOUR_COMMUNES_SOURCE_ID, neighbourCommuneStyles } from "../../map/styles/admin-boundary-styles";
import { loadAdminUnits, loadProvinceCommunes } from "./admin-data-source";

async function neighbourOutlines(units: AdminUnits, workspace: WorkspaceRecord): Promise<FeatureCollection> {
  const own = new Set(workspace.communes.map((commune) => commune.code));
  const byCode = new Map(units.communes.map((commune) => [commune.code, commune]));
  const neighbours = [...new Set(workspace.communes.flatMap((commune) => byCode.get(commune.code)?.neighbours ?? []))].filter((code) => !own.has(code));
  const features: Feature[] = [];
  for (const code of neighbours) {
    const commune = byCode.get(code);
    const province = commune && units.provinces.find((candidate) => candidate.code === commune.provinceCode);
    if (!commune || !province) continue;
    const boundary = (await loadProvinceCommunes(province)).get(code);
    if (boundary) features.push({ ...boundary, id: code, properties: { id: code, name: commune.fullName } });
  }
  return { type: "FeatureCollection", features };
}

export function useNeighbourOutlines(controller: MapController | null, workspace: WorkspaceRecord | null): void {
  useEffect(() => {
    if (!controller || !workspace) return;
    let cancelled = false;
    loadAdminUnits()
      .then((units) => neighbourOutlines(units, workspace))
      .then((collection) => {
        if (!cancelled) return controller.setLayer(NEIGHBOUR_COMMUNES_SOURCE_ID, collection, neighbourCommuneStyles(), "id", false);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [controller, workspace?.id]); // eslint-disable-line react-hooks/exhaustive-deps
}
