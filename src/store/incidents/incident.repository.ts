// Incidents and hotspots of the commune police (IndexedDB table `incidents`,
// schema v3) with their history (`incidentHistory`), photos
// (`incidentAttachments`) and outbox entries (`outbox`). Every change —
// create, edit, status change, photo, soft delete, restore — is one
// transaction writing the record, a history entry and an outbox entry
// (incident-change.ts), so nothing is saved half-way, and nothing is ever
// hard-deleted. Illegal status changes and edits of deleted records are
// refused with a Vietnamese IncidentStoreError and change nothing.
// An edit carries the version its form was opened on (optimistic
// concurrency): when the stored record is newer — another tab saved in the
// meantime — the edit is refused with an EditConflictError holding both
// sides, instead of laying the form's whole field set over the newer record.

import type { AppDatabase } from "../database";
import type { IncidentFields, IncidentRecord, IncidentWarning } from "../../domain/incident";
import type { IncidentHistoryRecord } from "../../domain/incident-history";
import { checkTransition, type IncidentStatus } from "../../domain/incident-lifecycle";
import { INCIDENT_COLLECTION } from "../../domain/incident-ogc-feature";
import { EditConflictError, differingFields } from "../edit-conflict";
import { attachmentMetadata, attachmentTable, type IncidentAttachmentRecord, type NewAttachment } from "./attachment.repository";
import { newId, nowIso } from "../ids";
import { historyTable, incidentChangeWrites, incidentTable, presealIncidentChange, writeIncidentChange } from "./incident-change";
import { outboxTable } from "../outbox.repository";
import { queueAttachments } from "../sync/attachment-outbox";

/** Derived from the position by the caller (village attribution, early warning). */
export interface IncidentPlacement {
  villageId: string | null;
  villageName: string | null;
  communeName: string | null;
  warnings: IncidentWarning[];
}

export type IncidentInput = IncidentFields & IncidentPlacement;
export type IncidentChanges = Partial<IncidentInput>;

export class IncidentStoreError extends Error {}

export class IncidentRepository {
  constructor(private readonly database: AppDatabase) {}

  private tables() {
    return [incidentTable(this.database), historyTable(this.database), outboxTable(this.database), attachmentTable(this.database)];
  }

  /** Every record, deleted ones included (the list filters them). */
  list(): Promise<IncidentRecord[]> {
    return incidentTable(this.database).toArray();
  }

  get(id: string): Promise<IncidentRecord | undefined> {
    return incidentTable(this.database).get(id);
  }

  history(incidentId: string): Promise<IncidentHistoryRecord[]> {
    return historyTable(this.database)
      .where("[incidentId+version]")
      .between([incidentId, 0], [incidentId, Infinity])
      .toArray();
  }

  async create(input: IncidentInput, actor: string, photos: readonly NewAttachment[] = []): Promise<IncidentRecord> {
    const at = nowIso();
    const id = newId();
    const attachments = photos.map((photo) => this.attachmentRecord(id, photo, at));
    const record: IncidentRecord = {
      ...input,
      id,
      status: "moi",
      attachmentIds: attachments.map((attachment) => attachment.id),
      createdAt: at,
      createdBy: actor,
      updatedAt: at,
      updatedBy: actor,
      version: 1,
      deletedAt: null,
    };
    // Nothing to read first: sealed before the transaction opens.
    const writes = incidentChangeWrites(null, record, "create");
    await presealIncidentChange(writes);
    await this.database.transaction("rw", this.tables(), async () => {
      await writeIncidentChange(this.database, writes);
      await this.addAttachments(attachments, at);
    });
    return record;
  }

  /**
   * An edit from a form opened on version `baseVersion`. Without a base
   * version (callers that apply one intent to the latest record, e.g. a
   * script) the changes are laid over whatever is stored.
   */
  async update(id: string, changes: IncidentChanges, actor: string, baseVersion?: number): Promise<IncidentRecord> {
    return this.change(id, actor, "update", (current) => {
      if ("status" in changes) throw new IncidentStoreError("Trạng thái chỉ đổi được bằng nút chuyển trạng thái.");
      if (baseVersion !== undefined && current.version !== baseVersion) {
        throw new EditConflictError(
          { entity: "incident", id, stored: current, attempted: changes, baseVersion, storedVersion: current.version, fields: differingFields(current, changes) },
          current.title,
        );
      }
      return { ...current, ...changes };
    });
  }

  async changeStatus(id: string, status: IncidentStatus, actor: string): Promise<IncidentRecord> {
    return this.change(id, actor, "status", (current) => {
      const allowed = checkTransition(current.status, status);
      if (!allowed.ok) throw new IncidentStoreError(allowed.message);
      return { ...current, status };
    });
  }

  async attach(id: string, photos: readonly NewAttachment[], actor: string): Promise<IncidentRecord> {
    const at = nowIso();
    const attachments = photos.map((photo) => this.attachmentRecord(id, photo, at));
    return this.change(id, actor, "attach", (current) => ({ ...current, attachmentIds: [...current.attachmentIds, ...attachments.map((a) => a.id)] }), () =>
      this.addAttachments(attachments, at),
    );
  }

  softDelete(id: string, actor: string): Promise<IncidentRecord> {
    return this.change(id, actor, "delete", (current) => ({ ...current, deletedAt: nowIso() }));
  }

  restore(id: string, actor: string): Promise<IncidentRecord> {
    return this.change(id, actor, "restore", (current) => {
      if (!current.deletedAt) throw new IncidentStoreError("Vụ việc này chưa bị xóa.");
      return { ...current, deletedAt: null };
    });
  }

  /** Bulk load (seeding, a future server pull): records only, no history or outbox. */
  async bulkPut(records: readonly IncidentRecord[], chunkSize = 1_000): Promise<void> {
    await this.database.transaction("rw", incidentTable(this.database), async () => {
      for (let start = 0; start < records.length; start += chunkSize) {
        await incidentTable(this.database).bulkPut(records.slice(start, start + chunkSize));
      }
    });
  }

  private async change(
    id: string,
    actor: string,
    action: "update" | "status" | "attach" | "delete" | "restore",
    apply: (current: IncidentRecord) => IncidentRecord,
    alsoWrite?: () => Promise<void>,
  ): Promise<IncidentRecord> {
    let result: IncidentRecord | null = null;
    await this.database.transaction("rw", this.tables(), async () => {
      const current = await incidentTable(this.database).get(id);
      if (!current) throw new IncidentStoreError(`Không tìm thấy vụ việc ${id}.`);
      if (current.deletedAt && action !== "restore") {
        throw new IncidentStoreError(action === "delete" ? "Vụ việc này đã bị xóa trước đó." : "Vụ việc đã bị xóa: khôi phục trước khi sửa.");
      }
      const next: IncidentRecord = { ...apply(current), id, version: current.version + 1, updatedAt: nowIso(), updatedBy: actor };
      await writeIncidentChange(this.database, incidentChangeWrites(current, next, action));
      await alsoWrite?.();
      result = next;
    });
    if (!result) throw new IncidentStoreError(`Không lưu được vụ việc ${id}.`);
    return result;
  }

  private attachmentRecord(incidentId: string, photo: NewAttachment, at: string): IncidentAttachmentRecord {
    return { ...photo, id: newId(), incidentId, size: photo.blob.size, createdAt: at, updatedAt: at };
  }

  private async addAttachments(attachments: readonly IncidentAttachmentRecord[], at: string): Promise<void> {
    if (attachments.length === 0) return;
    await attachmentTable(this.database).bulkAdd([...attachments]);
    await queueAttachments(this.database, INCIDENT_COLLECTION, attachments.map((attachment) => ({ ownerId: attachment.incidentId, metadata: attachmentMetadata(attachment) })), at);
  }
}
