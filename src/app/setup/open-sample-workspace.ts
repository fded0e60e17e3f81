// "Mở dữ liệu mẫu": the sample commune (Vũ Quang, Hà Tĩnh) as a workspace of
// its own kind — its synthetic operational layers copied into the workspace's
// editable features, every one still labelled as sample data.

import type { Geometry } from "geojson";
import { LAYER_CATALOG } from "../../domain/layer-catalog";
import { SAMPLE_COMMUNE_BOUNDS, SAMPLE_COMMUNE_NAME } from "../../domain/sample-data-contract";
import { workspaceFeatureKey, type WorkspaceFeatureRecord, type WorkspaceRecord } from "../../domain/workspace";
import { loadSampleCommune } from "../../io/sample-data-loader";
import { nowIso } from "../../store/ids";
import { workspaces } from "../workspace";

export const SAMPLE_WORKSPACE_ID = "sample-vu-quang";

export async function openSampleWorkspace(): Promise<void> {
  if (await workspaces.get(SAMPLE_WORKSPACE_ID)) return workspaces.open(SAMPLE_WORKSPACE_ID);
  const layers = await loadSampleCommune();
  const now = nowIso();
  const [[west, south], [east, north]] = SAMPLE_COMMUNE_BOUNDS;
  const workspace: WorkspaceRecord = {
    id: SAMPLE_WORKSPACE_ID,
    kind: "sample",
    name: `${SAMPLE_COMMUNE_NAME}, Hà Tĩnh`,
    communes: [{ code: "18313", fullName: SAMPLE_COMMUNE_NAME, provinceCode: "42", provinceName: "Hà Tĩnh" }],
    bbox: [west, south, east, north],
    createdAt: now,
    updatedAt: now,
  };
  const features: WorkspaceFeatureRecord[] = LAYER_CATALOG.flatMap(({ id: layerId }) =>
    (layers.get(layerId)?.features ?? []).map((feature) => {
      const featureId = String(feature.properties?.id ?? feature.id);
      return {
        key: workspaceFeatureKey(SAMPLE_WORKSPACE_ID, featureId),
        workspaceId: SAMPLE_WORKSPACE_ID,
        layerId,
        featureId,
        geometry: feature.geometry as Geometry,
        properties: { ...(feature.properties ?? {}), id: featureId },
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedBy: "Dữ liệu mẫu",
        deletedAt: null,
      };
    }),
  );
  await workspaces.create(workspace, features);
}
