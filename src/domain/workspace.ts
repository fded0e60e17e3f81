// A workspace: the communes one device works on, with their own operational
// layers. A commune officer's workspace is one commune; a Đồn Biên phòng or a
// province officer may pick several. The sample (Vũ Quang, synthetic layers)
// is a workspace of its own kind, labelled as sample data everywhere.

import type { Feature, Geometry } from "geojson";
import type { BuiltInLayerId } from "./layer-catalog";

export type WorkspaceKind = "sample" | "communes";

export interface WorkspaceCommune {
  /** Official 5-digit code (GSO/NSO), e.g. "18313". */
  code: string;
  /** e.g. "Xã Vũ Quang". */
  fullName: string;
  provinceCode: string;
  provinceName: string;
}

export interface WorkspaceRecord {
  id: string;
  kind: WorkspaceKind;
  /** Shown in the header and on prints and packages, e.g. "Xã Vũ Quang, Hà Tĩnh". */
  name: string;
  communes: WorkspaceCommune[];
  /** [west, south, east, north] of the communes: the first view. */
  bbox: [number, number, number, number];
  createdAt: string;
  updatedAt: string;
}

/** One feature of an operational layer of one workspace. */
export interface WorkspaceFeatureRecord {
  /** `${workspaceId}/${featureId}`: feature ids stay readable (sample ids, official codes) and unique per workspace. */
  key: string;
  workspaceId: string;
  layerId: BuiltInLayerId;
  /** The GeoJSON feature's `id` and `properties.id`. */
  featureId: string;
  geometry: Geometry;
  properties: Record<string, unknown>;
  /** Starts at 1, +1 per change: a save names the version it was made on (optimistic concurrency). */
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Soft delete, restorable; deleted features leave the map and the analyses. */
  deletedAt: string | null;
}

export function workspaceFeatureKey(workspaceId: string, featureId: string): string {
  return `${workspaceId}/${featureId}`;
}

export function toFeature(record: WorkspaceFeatureRecord): Feature {
  return { type: "Feature", id: record.featureId, geometry: record.geometry, properties: { ...record.properties, id: record.featureId } };
}

/** The title a workspace shows: one commune → "Xã X, Tỉnh Y"; several → "N xã, phường: …". */
export function workspaceName(communes: readonly WorkspaceCommune[]): string {
  if (communes.length === 1) return `${communes[0].fullName}, ${communes[0].provinceName}`;
  const names = communes.slice(0, 3).map((commune) => commune.fullName).join("; ");
  return `${communes.length} xã, phường: ${names}${communes.length > 3 ? "; …" : ""}`;
}
