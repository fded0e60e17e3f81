// The chosen basemap source, the tile cache byte cap, and the PMTiles file an
// officer picked from disk — in the app's IndexedDB database (Dexie v2, see
// database.ts): `offlineSettings` (one record per setting, keyed by its name)
// and `pmtilesFiles` (the file's bytes as a Blob, UUID id). Clearing the tile
// cache never touches these.

import type { Table } from "dexie";
import type { AppDatabase } from "../database";
import { newId, nowIso } from "../ids";
import { BUILT_IN_BASEMAP, type BasemapSourceConfig } from "./basemap-source.config";
import { DEFAULT_TILE_CACHE_CAP_BYTES } from "./tile-cache.store";

interface BasemapSettingRecord {
  id: "basemap-source";
  config: BasemapSourceConfig;
  updatedAt: string;
}

interface CacheCapSettingRecord {
  id: "tile-cache-cap";
  bytes: number;
  updatedAt: string;
}

type OfflineSettingRecord = BasemapSettingRecord | CacheCapSettingRecord;

export interface PmtilesFileRecord {
  id: string;
  name: string;
  size: number;
  blob: Blob;
  updatedAt: string;
}

export class BasemapSourceRepository {
  private readonly settings: Table<OfflineSettingRecord, string>;
  private readonly files: Table<PmtilesFileRecord, string>;

  constructor(private readonly database: AppDatabase) {
    this.settings = database.table<OfflineSettingRecord, string>("offlineSettings");
    this.files = database.table<PmtilesFileRecord, string>("pmtilesFiles");
  }

  async loadSource(): Promise<BasemapSourceConfig> {
    const record = await this.settings.get("basemap-source");
    return record && "config" in record ? record.config : BUILT_IN_BASEMAP;
  }

  async saveSource(config: BasemapSourceConfig): Promise<void> {
    await this.settings.put({ id: "basemap-source", config, updatedAt: nowIso() });
  }

  async loadCacheCap(): Promise<number> {
    const record = await this.settings.get("tile-cache-cap");
    return record && "bytes" in record ? record.bytes : DEFAULT_TILE_CACHE_CAP_BYTES;
  }

  async saveCacheCap(bytes: number): Promise<void> {
    await this.settings.put({ id: "tile-cache-cap", bytes, updatedAt: nowIso() });
  }

  /**
   * Keeps a picked PMTiles file and makes it the basemap, in one transaction;
   * the previously kept file is deleted only once the new one is stored.
   */
  async storePmtilesFile(file: Blob, name: string): Promise<BasemapSourceConfig> {
    const record: PmtilesFileRecord = { id: newId(), name, size: file.size, blob: file, updatedAt: nowIso() };
    const config: BasemapSourceConfig = { kind: "pmtiles-file", fileId: record.id, fileName: name, size: file.size };
    await this.database.transaction("rw", this.files, this.settings, async () => {
      const older = await this.files.toCollection().primaryKeys();
      await this.files.add(record);
      await this.files.bulkDelete(older);
      await this.settings.put({ id: "basemap-source", config, updatedAt: nowIso() });
    });
    return config;
  }

  async loadPmtilesFile(id: string): Promise<PmtilesFileRecord | undefined> {
    return this.files.get(id);
  }
}
