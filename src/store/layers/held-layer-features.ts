// Operational-layer features pulled from the provincial server for a commune
// no workspace on this device holds yet (table `syncHeldFeatures`, schema
// v12): a device whose only workspace is the sample, or a border station
// that has not opened that commune. They are never dropped (the pull's cursor
// moves past them) and never put into another commune's workspace or the
// sample: they wait here, counted per commune in the "Đồng bộ" tab, and move
// into the workspace the moment one holding their commune is created — in the
// same transaction as the workspace (workspace.repository.ts). A later pulled
// change of a held feature replaces it here.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { workspaceFeatureKey, type WorkspaceFeatureRecord, type WorkspaceRecord } from "../../domain/workspace";

export interface HeldLayerFeature {
  /** `collection/id`, as in syncVersions. */
  key: string;
  layerId: BuiltInLayerId;
  /** The communes the server gives the feature (indexed: which workspace may take it). */
  communeCodes: string[];
  feature: Feature;
}

/** Server-owned properties kept in the record's own fields, not among the layer attributes. */
const LAYER_SERVER_FIELDS = new Set(["version", "deletedAt", "communeCodes", "sharedWithBorderStation", "createdAt", "updatedAt", "updatedBy"]);

export function heldLayerFeatureTable(database: AppDatabase) {
  return database.table<HeldLayerFeature, string>("syncHeldFeatures");
}

export function communeCodesOf(feature: Feature): string[] {
  const codes = (feature.properties as { communeCodes?: unknown } | null)?.communeCodes;
  return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === "string") : [];
}

/** A server feature as a feature of a workspace's operational layer (null without geometry). */
export function workspaceFeatureFromServer(workspaceId: string, layerId: BuiltInLayerId, feature: Feature): WorkspaceFeatureRecord | null {
  if (!feature.geometry) return null;
  const properties = feature.properties ?? {};
  const featureId = String(feature.id);
  const at = typeof properties.updatedAt === "string" ? properties.updatedAt : new Date().toISOString();
  return {
    key: workspaceFeatureKey(workspaceId, featureId),
    workspaceId,
    layerId,
    featureId,
    geometry: feature.geometry,
    properties: { ...Object.fromEntries(Object.entries(properties).filter(([name]) => !LAYER_SERVER_FIELDS.has(name))), id: featureId },
    version: typeof properties.version === "number" ? properties.version : 0,
    createdAt: typeof properties.createdAt === "string" ? properties.createdAt : at,
    updatedAt: at,
    updatedBy: typeof properties.updatedBy === "string" ? properties.updatedBy : "Máy chủ tỉnh",
    deletedAt: typeof properties.deletedAt === "string" ? properties.deletedAt : null,
  };
}

/**
 * Moves the held features of the workspace's communes into it; inside the caller's transaction,
 * which must include `syncHeldFeatures` and `workspaceFeatures`. A sample workspace takes none.
 */
export async function placeHeldFeatures(database: AppDatabase, workspace: WorkspaceRecord): Promise<number> {
  if (workspace.kind !== "communes") return 0;
  const held = await heldLayerFeatureTable(database).where("communeCodes").anyOf(workspace.communes.map((commune) => commune.code)).distinct().toArray();
  const records = held.map((item) => workspaceFeatureFromServer(workspace.id, item.layerId, item.feature)).filter((record): record is WorkspaceFeatureRecord => record !== null);
  for (let start = 0; start < records.length; start += 1_000) await database.table<WorkspaceFeatureRecord, string>("workspaceFeatures").bulkPut(records.slice(start, start + 1_000));
  await heldLayerFeatureTable(database).bulkDelete(held.map((item) => item.key));
  return records.length;
}

/** How many features wait for a workspace, per commune code (read from the index: nothing is decrypted). */
export async function heldCountsByCommune(database: AppDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const code of await heldLayerFeatureTable(database).orderBy("communeCodes").keys()) counts.set(String(code), (counts.get(String(code)) ?? 0) + 1);
  return counts;
}
