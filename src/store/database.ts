// The app's IndexedDB database (Dexie), in the browser profile of the device.
// Stores: imported layers (`layers`), their features (`features`, one row per
// feature, for layers stored before v11; from v11 `layerFeatureChunks`, 1,000 per row),
// and per-layer display settings of the built-in sample layers (`layerSettings`).
//
// Invariants: every record id is a client-generated UUID (or a stable built-in
// layer id in `layerSettings`) and carries `updatedAt`, so records can be synced
// to a provincial server later. The schema is versioned: add a new
// `this.version(n)` block for every change, never edit an old one. Tables that
// later versions add are reached with `database.table<Record, Key>("name")`
// from their own repository file, which documents what it stores.
//
// Version numbers reserved per feature (gaps are fine in Dexie):
//   2 — offline tiles and basemap sources; 3 — incidents, history, drafts,
//   attachments, outbox; 4 — drills, border markers register, patrols;
//   5 — one GeoJSON blob per imported layer, for the map (imported-layer.repository.ts);
//   6 — vector tiles of large imported layers, instead of the blob (layer-tile.repository.ts);
//   7 — workspaces, their operational-layer features, cached official boundary files;
//   8 — sync with the provincial server (src/store/sync/): session, cursor, server versions, conflicts,
//       directives and alerts pulled from the server;
//   9 — patrol tracks recorded live and their points (track-recording.repository.ts);
//   10 — the device profile: role and display name of the user (profile/device-profile.repository.ts);
//        the độ mật of each workspace's operational layers (classification/layer-classification.repository.ts);
//   11 — imported layers' features 1,000 per row instead of one row per feature (layer-feature-chunk.repository.ts);
//   12 — operational-layer features pulled for a commune no workspace holds yet (layers/held-layer-features.ts);
//   13 — blocks of sealed records: incidents packed 128 to an AES-GCM message (crypto/sealed-blocks.ts).

import Dexie, { type Table } from "dexie";
import type { Feature, Geometry, GeoJsonProperties } from "geojson";
import type { Classification } from "../domain/classification";
import { encryptionMiddleware } from "./crypto/encryption-middleware";
import { CLEAR_TABLE_NAMES } from "./crypto/clear-tables";
import { PACKED_TABLES } from "./crypto/sealed-block-packing";
import { SEALED_BLOCKS_TABLE } from "./crypto/sealed-blocks";

export interface ImportedLayerRecord {
  id: string;
  name: string;
  color: string;
  opacity: number;
  visible: boolean;
  featureCount: number;
  sourceFileName: string;
  /** [west, south, east, north] of the features ("Thu phóng tới"); absent on layers stored before v5. */
  bbox?: [number, number, number, number];
  /** Present when the map draws the layer from its vector tiles (`layerTiles`, v6) instead of a GeoJSON blob. */
  vectorTiles?: { maxZoom: number; tileCount: number; bytes: number };
  /** Order in the layer panel; higher draws on top. */
  order: number;
  /** Độ mật (domain/classification.ts); absent = Thường. */
  classification?: Classification;
  createdAt: string;
  updatedAt: string;
}

/** A feature of an imported layer stored before v11 (newer layers: layer-feature-chunk.repository.ts). */
export interface StoredFeatureRecord {
  /** UUID of the stored feature; the original file id, if any, stays in `feature.id`. */
  id: string;
  layerId: string;
  /** Position in the imported file, so export keeps the user's order. */
  index: number;
  feature: Feature<Geometry, GeoJsonProperties>;
  updatedAt: string;
}

export interface LayerSettingsRecord {
  layerId: string;
  visible: boolean;
  opacity: number;
  updatedAt: string;
}

export const DATABASE_NAME = "ban-do-quoc-phong-an-ninh-xa";

export class AppDatabase extends Dexie {
  layers!: Table<ImportedLayerRecord, string>;
  features!: Table<StoredFeatureRecord, string>;
  layerSettings!: Table<LayerSettingsRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Records are sealed with the device's data key below every other layer (src/store/crypto/).
    this.use(encryptionMiddleware(CLEAR_TABLE_NAMES, PACKED_TABLES));
    this.version(1).stores({
      layers: "id, order, updatedAt",
      features: "id, layerId, [layerId+index], updatedAt",
      layerSettings: "layerId",
    });
    // v2 — offline tiles and basemap sources (tile-cache.records.ts, basemap-source.repository.ts,
    // download-job.repository.ts): tile bytes apart from their small LRU entries, so a cache hit
    // only rewrites the small entry; running byte totals; settings; picked PMTiles files; downloads.
    this.version(2).stores({
      tileData: "key",
      tileEntries: "key, lastAccess, sourceKey",
      tileCacheTotals: "id",
      offlineSettings: "id",
      pmtilesFiles: "id, updatedAt",
      downloadJobs: "id, status, updatedAt",
    });
    // v3 — incidents and hotspots of the commune police (src/store/incident.repository.ts):
    // records, their edit history, outbox entries waiting for sync (`++seq` keeps their order,
    // `&id` is the entry's UUID), unsaved form drafts, photo blobs, and the feature's settings.
    this.version(3).stores({
      incidents: "id, updatedAt",
      incidentHistory: "id, incidentId, [incidentId+version]",
      outbox: "++seq, &id, entityId, state",
      incidentDrafts: "id",
      incidentAttachments: "id, incidentId",
      incidentSettings: "id",
    });
    // v4 — drills, border-marker inspections, patrols and their photos, border settings
    // (repositories: src/store/drill.repository.ts, marker-inspection.repository.ts, patrol.repository.ts).
    this.version(4).stores({
      drills: "id, updatedAt",
      markerInspections: "id, markerId, date, updatedAt",
      patrols: "id, date, updatedAt",
      markerAttachments: "id, ownerId, updatedAt",
      markerSettings: "key",
    });
    // v5 — the valid FeatureCollection of each imported layer as one JSON blob (`layerBlobs`, keyed by
    // layerId, written in the same transaction as the layer and its features): the map fetches it by
    // URL in MapLibre's worker, so a 150 MB layer never passes through the main thread.
    this.version(5).stores({
      layerBlobs: "layerId",
    });
    // v6 — large imported layers are drawn from a pyramid of vector tiles cut once at import
    // (`layerTiles`, key [layerId+z+x+y], written in the layer's own transaction instead of its blob):
    // a start reads only the tiles in view instead of re-parsing the whole layer.
    this.version(6).stores({
      layerTiles: "[layerId+z+x+y], layerId",
    });
    // v7 — workspaces (the communes this device works on) and their own operational layers, one row per
    // feature (workspace.repository.ts, workspace-feature.repository.ts); cached official boundary files.
    this.version(7).stores({
      workspaces: "id, updatedAt",
      workspaceSettings: "key",
      workspaceFeatures: "key, workspaceId, [workspaceId+layerId], updatedAt",
      adminFiles: "path",
    });
    // v8 — sync with the provincial server (src/store/sync/): key/value state (session, cursor, last sync),
    // the server version of every synced record, conflicts (both versions kept), directives, alerts.
    this.version(8).stores({
      syncState: "key",
      syncVersions: "key",
      syncConflicts: "id, entityId",
      directives: "id, deadline",
      alerts: "id, createdAt",
    });
    // v9 — patrol tracks being recorded live, one row per recording and per accepted GPS fix, written
    // as each fix arrives (drills-border/track-recording.repository.ts).
    this.version(9).stores({
      trackRecordings: "id, updatedAt",
      trackPoints: "[recordingId+seq], recordingId",
    });
    // v10 — the device profile (who uses the device, in which role; profile/device-profile.repository.ts)
    // and the độ mật of operational layers per workspace (classification/layer-classification.repository.ts).
    this.version(10).stores({
      deviceProfile: "id",
      layerClassifications: "key, workspaceId",
    });
    // v11 — the features of an imported layer 1,000 per row (`layerFeatureChunks`, key [layerId+index]):
    // a sealed record per feature made a 200,000-parcel import mostly encryption and puts. Layers stored
    // before keep their `features` rows.
    this.version(11).stores({
      layerFeatureChunks: "[layerId+index], layerId",
    });
    // v12 — layer features pulled from the provincial server for a commune no workspace on the device
    // holds yet, by commune code, until one is created (layers/held-layer-features.ts).
    this.version(12).stores({
      syncHeldFeatures: "key, *communeCodes",
    });
    // v13 — incidents packed in blocks, one sealed message per 128 records, so opening 100,000
    // costs ≈ 800 decrypts instead of 100,000 (crypto/sealed-block-packing.ts).
    this.version(13).stores({
      [SEALED_BLOCKS_TABLE]: "id",
    });
  }
}
