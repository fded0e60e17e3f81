// The workspace this device has open (the communes it works on), live: opening
// another one — here or in another tab — switches every view. null until the
// user has chosen a commune or the sample (first start).

import { useSyncExternalStore } from "react";
import type { FeatureCollection } from "geojson";
import { LAYER_CATALOG, type BuiltInLayerId } from "../../domain/layer-catalog";
import { toFeature, workspaceFeatureKey, type WorkspaceFeatureRecord, type WorkspaceRecord } from "../../domain/workspace";
import { LiveTable, type LiveTableSnapshot } from "../../store/live-table";
import { appDatabase, workspaces } from "./app-database";
import { useLiveData } from "./use-live-data";

export interface ActiveWorkspace {
  /** undefined while reading; null when nothing has been chosen yet. */
  workspace: WorkspaceRecord | null | undefined;
  error: unknown;
}

export function useActiveWorkspace(): ActiveWorkspace {
  const active = useLiveData(() => workspaces.active(), []);
  return { workspace: active.data, error: active.error };
}

const liveFeatures = new Map<string, LiveTable<WorkspaceFeatureRecord>>();

function liveFeaturesOf(workspaceId: string): LiveTable<WorkspaceFeatureRecord> {
  let table = liveFeatures.get(workspaceId);
  if (!table) {
    table = new LiveTable<WorkspaceFeatureRecord>(appDatabase, "workspaceFeatures", { key: "key", where: { index: "workspaceId", equals: workspaceId }, keyPrefix: workspaceFeatureKey(workspaceId, "") });
    liveFeatures.set(workspaceId, table);
  }
  return table;
}

const EMPTY: LiveTableSnapshot<WorkspaceFeatureRecord> = { rows: null, error: null };
const noSubscription = () => () => undefined;

/** Every feature record of a workspace, live (only the written rows are re-read). */
export function useWorkspaceFeatureRecords(workspaceId: string | null): LiveTableSnapshot<WorkspaceFeatureRecord> {
  const table = workspaceId ? liveFeaturesOf(workspaceId) : null;
  return useSyncExternalStore(table?.subscribe ?? noSubscription, table?.getSnapshot ?? (() => EMPTY));
}

/**
 * The workspace's operational layers as one FeatureCollection per layer (deleted features left out).
 * A layer whose records did not change keeps its collection object, so the map's `setLayer` and the
 * analyses skip it.
 */
export class WorkspaceLayerCollections {
  private previous = new Map<BuiltInLayerId, { records: WorkspaceFeatureRecord[]; collection: FeatureCollection }>();

  collect(records: readonly WorkspaceFeatureRecord[]): Map<BuiltInLayerId, FeatureCollection> {
    const byLayer = new Map<BuiltInLayerId, WorkspaceFeatureRecord[]>(LAYER_CATALOG.map((layer) => [layer.id, []]));
    for (const record of records) if (record.deletedAt === null) byLayer.get(record.layerId)?.push(record);
    const next = new Map<BuiltInLayerId, { records: WorkspaceFeatureRecord[]; collection: FeatureCollection }>();
    for (const [layerId, layerRecords] of byLayer) {
      layerRecords.sort((a, b) => (a.featureId < b.featureId ? -1 : a.featureId > b.featureId ? 1 : 0));
      const old = this.previous.get(layerId);
      const same = old && old.records.length === layerRecords.length && old.records.every((record, index) => record === layerRecords[index]);
      next.set(layerId, same ? old : { records: layerRecords, collection: { type: "FeatureCollection", features: layerRecords.map(toFeature) } });
    }
    this.previous = next;
    return new Map([...next].map(([layerId, entry]) => [layerId, entry.collection]));
  }
}
