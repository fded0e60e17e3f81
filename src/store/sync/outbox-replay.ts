// Sends the outbox to the provincial server, in the order the changes were
// made: runs of OGC item changes go in batches of at most 1,000 to
// POST /sync/outbox (the server applies them in order, one status per
// entry); a directive acknowledgement is its own POST. Each entry's answer is
// recorded as it comes — `sent` with the server version (ETag), `conflict`
// (412: the server's version is fetched and both are kept), `rejected` (any
// other refusal, with its Vietnamese reason) — so an interrupted replay
// resumes with the first unacknowledged entry, and a replayed entry is
// recognised by the server through its UUID (Idempotency-Key), never applied
// twice. A photo's bytes (of an incident or a marker inspection) follow its
// metadata (PUT image/*, same path); the entry is `sent` only when both are acknowledged, so an interrupted upload
// is sent again whole — the same PUT, never a second photo. Entries of a
// record in conflict wait until the user resolves it.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import { workspaceTable } from "../layers/workspace.repository";
import { nowIso } from "../ids";
import { isAttachmentEntity, outboxTable, type AttachmentEntity, type OutboxEntry } from "../outbox.repository";
import { photoToUpload } from "./outbox-photos";
import { keepsServerVersion, serverVersionTable, versionKey, type ServerVersionRecord } from "./server-versions";
import { SyncConflictRepository } from "./sync-conflicts.repository";
import { problemDetail, SyncHttpError, type SyncHttp } from "./sync-http";

export const MAX_BATCH = 1_000;

interface EntryResult {
  id: string;
  status: number;
  etag?: string;
  detail?: string;
}

export interface ReplayReport {
  sent: number;
  conflicts: number;
  rejected: number;
}

const ITEM_PATH = /^\/collections\/([a-z0-9-]+)\/items(?:\/([^/]+))?/;

export function collectionOfPath(path: string): string {
  return ITEM_PATH.exec(path)?.[1] ?? "";
}

function serverIdOf(entry: OutboxEntry): string {
  if (isAttachmentEntity(entry.entity)) return entry.entityId;
  const fromPath = ITEM_PATH.exec(entry.path)?.[2];
  return fromPath ? decodeURIComponent(fromPath) : String((entry.payload as Feature).id);
}

function versionOfEtag(etag: string | undefined): number | null {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag ?? "");
  return match ? Number(match[1]) : null;
}

export class OutboxReplay {
  private readonly conflicts: SyncConflictRepository;

  constructor(
    private readonly database: AppDatabase,
    private readonly http: SyncHttp,
    private readonly batchSize = MAX_BATCH,
  ) {
    this.conflicts = new SyncConflictRepository(database);
  }

  /** Sends every pending entry; throws a retryable SyncHttpError when the network or the server fails (what was acknowledged stays acknowledged). */
  async run(): Promise<ReplayReport> {
    const report: ReplayReport = { sent: 0, conflicts: 0, rejected: 0 };
    const held = await this.conflicts.heldEntityIds();
    const pending = await this.keepSampleDataLocal((await outboxTable(this.database).where("state").equals("pending").sortBy("seq")).filter((entry) => !held.has(entry.entityId)));
    let batch: OutboxEntry[] = [];
    for (const entry of pending) {
      if (entry.entity === "directive-ack") {
        await this.sendBatch(batch, report, held);
        batch = [];
        await this.sendAcknowledgement(entry, report);
        continue;
      }
      if (held.has(entry.entityId)) continue;
      batch.push(entry);
      if (batch.length >= this.batchSize) {
        await this.sendBatch(batch, report, held);
        batch = [];
      }
    }
    await this.sendBatch(batch, report, held);
    return report;
  }

  /** The sample workspace's features are illustrations: their changes stay on the device (`local-only`). */
  private async keepSampleDataLocal(entries: OutboxEntry[]): Promise<OutboxEntry[]> {
    const samples = new Set((await workspaceTable(this.database).toArray()).filter((workspace) => workspace.kind === "sample").map((workspace) => workspace.id));
    const isSample = (entry: OutboxEntry) => entry.entity === "workspace-feature" && samples.has(entry.entityId.split("/")[0]);
    const local = entries.filter(isSample);
    if (local.length > 0) await outboxTable(this.database).bulkPut(local.map((entry) => ({ ...entry, state: "local-only" as const })));
    return entries.filter((entry) => !isSample(entry));
  }

  private async sendBatch(batch: readonly OutboxEntry[], report: ReplayReport, held: Set<string>): Promise<void> {
    const entries = batch.filter((entry) => !held.has(entry.entityId));
    if (entries.length === 0) return;
    const body = { entries: entries.map(({ id, method, path, baseVersion, payload }) => ({ id, method, path, baseVersion, payload })) };
    const { results } = await this.http.json<{ results: EntryResult[] }>("POST", "/sync/outbox", body);
    const byId = new Map(results.map((result) => [result.id.toLowerCase(), result]));
    const acknowledged: OutboxEntry[] = [];
    const versions: ServerVersionRecord[] = [];
    const flush = () => this.flush(acknowledged, versions, report);
    for (const entry of entries) {
      const result = byId.get(entry.id.toLowerCase());
      if (!result) continue;
      if (result.status === 200 || result.status === 201) {
        if (isAttachmentEntity(entry.entity)) {
          await flush();
          await this.uploadPhoto(entry, entry.entity);
        }
        acknowledged.push({ ...entry, state: "sent", updatedAt: nowIso() });
        const version = versionOfEtag(result.etag);
        const collection = collectionOfPath(entry.path);
        if (version !== null && keepsServerVersion(collection) && !isAttachmentEntity(entry.entity)) versions.push({ key: versionKey(collection, serverIdOf(entry)), version });
      } else if (result.status === 412 && !isAttachmentEntity(entry.entity)) {
        await flush();
        await this.recordConflict(entry);
        held.add(entry.entityId);
        report.conflicts += 1;
      } else {
        acknowledged.push({ ...entry, state: "rejected", detail: result.detail ?? `Máy chủ từ chối (mã ${result.status}).`, updatedAt: nowIso() });
        report.rejected += 1;
      }
    }
    await flush();
  }

  /** Records the answers received so far in one transaction (entry states and server versions). */
  private async flush(entries: OutboxEntry[], versions: ServerVersionRecord[], report: ReplayReport): Promise<void> {
    if (entries.length === 0) return;
    report.sent += entries.filter((entry) => entry.state === "sent").length;
    await this.database.transaction("rw", outboxTable(this.database), serverVersionTable(this.database), async () => {
      await outboxTable(this.database).bulkPut(entries.splice(0));
      await serverVersionTable(this.database).bulkPut(versions.splice(0));
    });
  }

  /** Bytes of a photo whose metadata the server acknowledged; idempotent (same PUT, same id). */
  private async uploadPhoto(entry: OutboxEntry, entity: AttachmentEntity): Promise<void> {
    const photo = await photoToUpload(this.database, entity, entry.entityId);
    if (!photo) return;
    const response = await this.http.request("PUT", entry.path, { body: photo.blob, contentType: photo.type });
    if (!response.ok) throw new SyncHttpError(await problemDetail(response, "Máy chủ tỉnh chưa nhận ảnh."), response.status, response.status >= 500);
  }

  private async sendAcknowledgement(entry: OutboxEntry, report: ReplayReport): Promise<void> {
    const response = await this.http.request("POST", entry.path, { body: JSON.stringify(entry.payload), contentType: "application/json", headers: { "idempotency-key": entry.id } });
    const ok = response.status === 200 || response.status === 201;
    await outboxTable(this.database).put({ ...entry, state: ok ? "sent" : "rejected", ...(ok ? {} : { detail: await problemDetail(response, `Máy chủ từ chối (mã ${response.status}).`) }), updatedAt: nowIso() });
    if (ok) report.sent += 1;
    else report.rejected += 1;
  }

  /** 412: the server holds a newer version. Fetch it and keep both. */
  private async recordConflict(entry: OutboxEntry): Promise<void> {
    const collection = collectionOfPath(entry.path);
    const serverId = serverIdOf(entry);
    const response = await this.http.request("GET", `/collections/${collection}/items/${encodeURIComponent(serverId)}`, { headers: { accept: "application/geo+json" } });
    const server = response.ok ? ((await response.json()) as Feature) : null;
    const serverVersion = versionOfEtag(response.headers.get("etag") ?? undefined) ?? ((server?.properties?.version as number | undefined) ?? entry.baseVersion);
    const unsynced = await outboxTable(this.database).where("entityId").equals(entry.entityId).filter((candidate) => candidate.state === "pending" || candidate.state === "conflict").sortBy("seq");
    const local = ((unsynced.at(-1) ?? entry).payload as Feature) ?? null;
    await this.conflicts.record({ entity: entry.entity, entityId: entry.entityId, collection, serverId, local, server, serverVersion, source: "push" });
  }
}
