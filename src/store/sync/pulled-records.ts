// Where a change pulled from the provincial server lands on the device, per
// collection: incidents (`incidents`), photos with the bytes fetched
// beforehand (`incidentAttachments`, `markerAttachments`:
// pulled-attachments.ts), the workspace's operational layers
// (`workspaceFeatures`, in the commune workspace holding the feature's
// commune — a border station's workspace may hold several — else held until
// one exists: layers/held-layer-features.ts), drill plans, marker
// inspections, patrols, directives and alerts (v8).
// `localEntityId` is the id the outbox uses for the same record, so the pull
// can tell whether the device holds unsynced edits of it.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import type { IncidentRecord } from "../../domain/incident";
import { fromOgcFeature, type IncidentOgcFeature } from "../../domain/incident-ogc-feature";
import { findLayerDefinition, type BuiltInLayerId } from "../../domain/layer-catalog";
import { workspaceFeatureKey, type WorkspaceFeatureRecord, type WorkspaceRecord } from "../../domain/workspace";
import { communeCodesOf, heldLayerFeatureTable, workspaceFeatureFromServer, type HeldLayerFeature } from "../layers/held-layer-features";
import { incidentTable } from "../incidents/incident-change";
import { attachmentTable } from "../incidents/attachment.repository";
import { markerAttachmentTable } from "../drills-border/marker-inspection.repository";
import { workspaceFeatureTable, workspaceTable } from "../layers/workspace.repository";
import { drillFromFeature, inspectionFromFeature, patrolFromFeature } from "./record-features";
import { attachmentOwnerOf, pulledPhoto, writePulledPhotos, type PulledPhoto } from "./pulled-attachments";
import { directiveTable, alertTable } from "./directives-alerts.repository";

export interface PulledChange {
  collection: string;
  feature: Feature;
}

export function serverVersionOf(feature: Feature): number {
  const version = (feature.properties as { version?: unknown } | null)?.version;
  return typeof version === "number" ? version : 0;
}

function isDeleted(feature: Feature): boolean {
  return Boolean((feature.properties as { deletedAt?: unknown } | null)?.deletedAt);
}

/** The workspace a layer feature belongs to: the commune workspace holding one of its communes (never the sample, never another commune's). */
export function workspaceFor(workspaces: readonly WorkspaceRecord[], feature: Feature): WorkspaceRecord | undefined {
  const codes = communeCodesOf(feature);
  return workspaces.find((workspace) => workspace.kind === "communes" && workspace.communes.some((commune) => codes.includes(commune.code)));
}

export class PulledRecords {
  private workspaces: WorkspaceRecord[] = [];

  constructor(private readonly database: AppDatabase) {}

  /** Every table a page of changes may write (one transaction per page). */
  tables() {
    const table = (name: string) => this.database.table(name);
    return [incidentTable(this.database), attachmentTable(this.database), markerAttachmentTable(this.database), workspaceFeatureTable(this.database), heldLayerFeatureTable(this.database), table("drills"), table("markerInspections"), table("patrols"), directiveTable(this.database), alertTable(this.database)];
  }

  async loadWorkspaces(): Promise<void> {
    this.workspaces = await workspaceTable(this.database).toArray();
  }

  /** The outbox entityId of the record a change is about (a held layer feature has none: its `collection/id` matches no entry). */
  localEntityId(change: PulledChange): string {
    const id = String(change.feature.id);
    if (findLayerDefinition(change.collection)) {
      const workspace = workspaceFor(this.workspaces, change.feature);
      return workspace ? workspaceFeatureKey(workspace.id, id) : `${change.collection}/${id}`;
    }
    return id;
  }

  /** Writes a page of changes (none of them with unsynced local edits) in bulk, inside the caller's transaction. */
  async apply(changes: readonly PulledChange[], photos: ReadonlyMap<string, Blob>): Promise<void> {
    const incidents: IncidentRecord[] = [];
    const layerFeatures: WorkspaceFeatureRecord[] = [];
    const held: HeldLayerFeature[] = [];
    const pulledPhotos: PulledPhoto[] = [];
    const puts = new Map<string, unknown[]>();
    const deletes = new Map<string, string[]>();
    const put = (table: string, record: unknown) => puts.set(table, puts.get(table) ?? []).get(table)!.push(record);
    const remove = (table: string, id: string) => deletes.set(table, deletes.get(table) ?? []).get(table)!.push(id);
    for (const change of changes) {
      const { collection, feature } = change;
      const id = String(feature.id);
      if (collection === "incidents") {
        const record = fromOgcFeature(feature as IncidentOgcFeature);
        if (record) incidents.push(record);
      } else if (collection === "attachments") {
        const blob = photos.get(id);
        const owner = attachmentOwnerOf(feature);
        if (blob && owner) pulledPhotos.push(pulledPhoto(feature, owner, blob));
      } else if (collection === "drills" || collection === "patrols" || collection === "marker-inspections") {
        const table = collection === "marker-inspections" ? "markerInspections" : collection;
        if (isDeleted(feature)) remove(table, id);
        else put(table, collection === "drills" ? drillFromFeature(feature) : collection === "patrols" ? patrolFromFeature(feature) : inspectionFromFeature(feature));
      } else if (collection === "directives") {
        const existing = await directiveTable(this.database).get(id);
        put("directives", { id, deadline: String(feature.properties?.deadline ?? ""), feature, localAcknowledgements: existing?.localAcknowledgements ?? [] });
      } else if (collection === "alerts") {
        put("alerts", { id, createdAt: String(feature.properties?.createdAt ?? ""), feature, seenAt: (await alertTable(this.database).get(id))?.seenAt ?? null });
      } else if (findLayerDefinition(collection)) {
        const workspace = workspaceFor(this.workspaces, feature);
        const record = workspace ? workspaceFeatureFromServer(workspace.id, collection as BuiltInLayerId, feature) : null;
        if (record) layerFeatures.push(record);
        else if (!workspace) held.push({ key: `${collection}/${id}`, layerId: collection as BuiltInLayerId, communeCodes: communeCodesOf(feature), feature });
      }
    }
    for (let start = 0; start < incidents.length; start += 1_000) await incidentTable(this.database).bulkPut(incidents.slice(start, start + 1_000));
    for (let start = 0; start < layerFeatures.length; start += 1_000) await workspaceFeatureTable(this.database).bulkPut(layerFeatures.slice(start, start + 1_000));
    if (held.length > 0) await heldLayerFeatureTable(this.database).bulkPut(held);
    await writePulledPhotos(this.database, pulledPhotos);
    for (const [table, records] of puts) await this.database.table(table).bulkPut(records);
    for (const [table, ids] of deletes) await this.database.table(table).bulkDelete(ids);
  }
}
