// Where a border marker stands, for the records that point at it by its
// feature id (inspections): the marker is a feature of the "border-marker"
// operational layer of a workspace on this device. Read inside the caller's
// transaction, which must include `workspaces` and `workspaceFeatures`
// (`markerPositionTables`).

import type { Position } from "geojson";
import type { AppDatabase } from "../database";
import { workspaceFeatureKey } from "../../domain/workspace";
import { workspaceFeatureTable, workspaceTable } from "../layers/workspace.repository";

export function markerPositionTables(database: AppDatabase) {
  return [workspaceTable(database), workspaceFeatureTable(database)];
}

/** The marker's point in the first workspace that holds it (not deleted there); null when no workspace does. */
export async function markerPosition(database: AppDatabase, markerId: string): Promise<Position | null> {
  const keys = (await workspaceTable(database).toCollection().primaryKeys()).map((workspaceId) => workspaceFeatureKey(workspaceId, markerId));
  const found = await workspaceFeatureTable(database).bulkGet(keys);
  const marker = found.find((feature) => feature?.layerId === "border-marker" && !feature.deletedAt && feature.geometry.type === "Point");
  return marker?.geometry.type === "Point" ? marker.geometry.coordinates : null;
}
