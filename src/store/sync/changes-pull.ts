// Pulls every change the server holds for this user since the stored cursor,
// page by page (GET /sync/changes?since=…&limit=…), into IndexedDB. Each page
// is ONE transaction: its records in bulk (bulkPut ~1,000 at a time), the
// server versions of drills, inspections and patrols, and the new cursor —
// so an interrupted pull resumes after the last page written, and a page is
// never half-applied. A change for a record with unsynced local edits is NOT
// applied: it becomes a conflict (both versions kept). Photo bytes of a page are fetched before its
// transaction, so a photo is never stored without them. The next page (and
// its photos) is requested while this one is written, so the network and
// IndexedDB work side by side; pages are 5,000 changes, so the open views
// (incident list and map, analyses) react a few times to a first sync, not
// once per 1,000 records.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import { isAttachmentEntity, outboxTable, UNSYNCED_STATES, type OutboxEntry } from "../outbox.repository";
import { PulledRecords, serverVersionOf, type PulledChange } from "./pulled-records";
import { attachmentOwnerOf, pulledPhotoPath } from "./pulled-attachments";
import { keepsServerVersion, serverVersionTable, versionKey, type ServerVersionRecord } from "./server-versions";
import { conflictFields, syncConflictTable, type SyncConflictRecord } from "./sync-conflicts.repository";
import { SyncStateRepository, syncStateTable } from "./sync-state.repository";
import { SyncHttpError, type SyncHttp } from "./sync-http";
import { nowIso } from "../ids";

export const PULL_PAGE = 5_000;
const PHOTO_DOWNLOADS_AT_ONCE = 4;

interface ChangesPage {
  changes: PulledChange[];
  nextCursor: string;
  more: boolean;
}

interface FetchedPage {
  page: ChangesPage;
  photos: ReadonlyMap<string, Blob>;
}

export interface PullReport {
  applied: number;
  conflicts: number;
  pages: number;
}

export class ChangesPull {
  private readonly records: PulledRecords;
  private readonly state: SyncStateRepository;

  constructor(
    private readonly database: AppDatabase,
    private readonly http: SyncHttp,
    private readonly pageSize = PULL_PAGE,
  ) {
    this.records = new PulledRecords(database);
    this.state = new SyncStateRepository(database);
  }

  async run(): Promise<PullReport> {
    const report: PullReport = { applied: 0, conflicts: 0, pages: 0 };
    await this.records.loadWorkspaces();
    let next = this.fetchPage((await this.state.progress()).cursor);
    for (;;) {
      const { page, photos } = await next;
      // Page N+1 (and its photos) travels while page N is written.
      if (page.more) next = this.fetchPage(page.nextCursor);
      await this.writePage(page, photos, report);
      report.pages += 1;
      if (!page.more) return report;
    }
  }

  /** A page and its photos; its failure is reported where it is awaited (a failed write before that drops it unread). */
  private fetchPage(cursor: string): Promise<FetchedPage> {
    const fetched = (async () => {
      const page = await this.http.json<ChangesPage>("GET", `/sync/changes?since=${encodeURIComponent(cursor)}&limit=${this.pageSize}`);
      return { page, photos: await this.downloadPhotos(page.changes) };
    })();
    fetched.catch(() => undefined);
    return fetched;
  }

  private async writePage(page: ChangesPage, photos: ReadonlyMap<string, Blob>, report: PullReport): Promise<void> {
    const tables = [...this.records.tables(), outboxTable(this.database), serverVersionTable(this.database), syncConflictTable(this.database), syncStateTable(this.database)];
    await this.database.transaction("rw", tables, async () => {
      const located = page.changes.map((change) => ({ change, entityId: this.records.localEntityId(change) }));
      const unsynced = await outboxTable(this.database).where("entityId").anyOf(located.map((item) => item.entityId)).filter((entry) => UNSYNCED_STATES.includes(entry.state) && entry.entity !== "directive-ack").toArray();
      const lastUnsynced = new Map<string, OutboxEntry>();
      for (const entry of unsynced.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) lastUnsynced.set(entry.entityId, entry);
      const apply: PulledChange[] = [];
      const versions: ServerVersionRecord[] = [];
      const conflicts: SyncConflictRecord[] = [];
      for (const { change, entityId } of located) {
        const serverId = String(change.feature.id);
        const local = lastUnsynced.get(entityId);
        if (keepsServerVersion(change.collection)) versions.push({ key: versionKey(change.collection, serverId), version: serverVersionOf(change.feature) });
        if (!local) {
          apply.push(change);
        } else if (!isAttachmentEntity(local.entity) && !isOwnEcho(local, change.feature)) {
          conflicts.push(await this.conflictFor(local, change));
        }
      }
      await this.records.apply(apply, photos);
      if (versions.length > 0) await serverVersionTable(this.database).bulkPut(versions);
      if (conflicts.length > 0) {
        await syncConflictTable(this.database).bulkPut(conflicts);
        await outboxTable(this.database).where("entityId").anyOf(conflicts.map((conflict) => conflict.entityId)).filter((entry) => entry.state === "pending").modify({ state: "conflict" });
      }
      await syncStateTable(this.database).put({ key: "progress", value: { ...(await this.state.progress()), cursor: page.nextCursor } });
      report.applied += apply.length;
      report.conflicts += conflicts.length;
    });
  }

  private async conflictFor(local: OutboxEntry, change: PulledChange): Promise<SyncConflictRecord> {
    const id = `${change.collection}/${String(change.feature.id)}`;
    const existing = await syncConflictTable(this.database).get(id);
    const at = nowIso();
    return {
      id,
      entity: local.entity,
      entityId: local.entityId,
      collection: change.collection,
      serverId: String(change.feature.id),
      local: local.payload as Feature,
      server: change.feature,
      serverVersion: serverVersionOf(change.feature),
      source: existing?.source ?? "pull",
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
  }

  /** Bytes of the page's photos that have content, a few downloads at once; a failure leaves the page for the next pull. */
  private async downloadPhotos(changes: readonly PulledChange[]): Promise<Map<string, Blob>> {
    const wanted = changes.flatMap((change) => {
      const owner = change.collection === "attachments" && change.feature.properties?.hasContent && !change.feature.properties?.deletedAt ? attachmentOwnerOf(change.feature) : null;
      return owner ? [{ feature: change.feature, path: pulledPhotoPath(change.feature, owner) }] : [];
    });
    const photos = new Map<string, Blob>();
    let taken = 0;
    const download = async (): Promise<void> => {
      for (let index = taken++; index < wanted.length; index = taken++) {
        const { feature, path } = wanted[index];
        const response = await this.http.request("GET", path);
        if (!response.ok) throw new SyncHttpError("Chưa tải được ảnh từ máy chủ tỉnh.", response.status, true);
        photos.set(String(feature.id), await response.blob());
      }
    };
    await Promise.all(Array.from({ length: Math.min(PHOTO_DOWNLOADS_AT_ONCE, wanted.length) }, download));
    return photos;
  }
}

/**
 * Our own pending change coming back (the server applied it but its answer
 * was lost): same version and same content as the entry, so no conflict —
 * the replay will get its stored answer.
 */
function isOwnEcho(local: OutboxEntry, feature: Feature): boolean {
  return serverVersionOf(feature) === local.version && conflictFields(local.payload as Feature, feature).length === 0;
}
