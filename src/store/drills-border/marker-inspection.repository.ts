// Border-marker inspections in IndexedDB (table `markerInspections`, schema v4),
// their photos (table `markerAttachments`, one Blob per row, owned by an
// inspection) and the register settings (table `markerSettings`, key/value:
// the inspection interval in days). Markers themselves are the border-marker
// layer; records point at them by the marker's feature id. A new inspection
// queues its outbox entry for the provincial server in the same transaction,
// at the marker's position (marker-position.ts), followed by one entry per
// photo (its metadata; the replay sends the bytes after it).

import type { Table } from "dexie";
import { DEFAULT_INSPECTION_INTERVAL_DAYS, type MarkerInspection } from "../../domain/border-marker-register";
import type { AppDatabase } from "../database";
import { MARKER_INSPECTION_COLLECTION } from "../../domain/attachment-owners";
import type { PhotoCapture } from "../../domain/photo-capture";
import { stampRevision } from "./drill-record-revisions";
import { newId, nowIso } from "../ids";
import type { MarkerAttachmentMetadata } from "../outbox.repository";
import { queueAttachments } from "../sync/attachment-outbox";
import { inspectionFeature } from "../sync/record-features";
import { enqueueRevisedChange, revisedOutboxTables } from "../sync/revised-record-outbox";
import { markerPosition, markerPositionTables } from "./marker-position";

export interface MarkerAttachment {
  id: string;
  ownerId: string;
  fileName: string;
  mimeType: string;
  blob: Blob;
  /** When and where the photo was taken (absent on photos stored before it was recorded). */
  capture?: PhotoCapture;
  updatedAt: string;
}

export function markerAttachmentTable(database: AppDatabase) {
  return database.table<MarkerAttachment, string>("markerAttachments");
}

/** What the server is told about a photo; a photo without an image type (some galleries give none) is sent as JPEG, as incident photos are. */
export function markerAttachmentMetadata(attachment: MarkerAttachment): MarkerAttachmentMetadata {
  const type = attachment.mimeType.startsWith("image/") ? attachment.mimeType : "image/jpeg";
  const capture = attachment.capture ? { capture: attachment.capture } : {};
  return { id: attachment.id, ownerId: attachment.ownerId, fileName: attachment.fileName, type, size: attachment.blob.size, ...capture };
}

/** Queues photos for the server under their inspections (inside the caller's transaction, after the inspections' own entries). */
export function queueMarkerAttachments(database: AppDatabase, attachments: readonly MarkerAttachment[], at: string): Promise<void> {
  return queueAttachments(database, MARKER_INSPECTION_COLLECTION, attachments.map((attachment) => ({ ownerId: attachment.ownerId, metadata: markerAttachmentMetadata(attachment) })), at);
}

interface SettingRecord {
  key: string;
  value: number;
  updatedAt: string;
}

const INTERVAL_KEY = "inspectionIntervalDays";

export type NewInspection = Omit<MarkerInspection, "id" | "updatedAt" | "revisions" | "photoIds">;

export class MarkerInspectionRepository {
  private readonly inspections: Table<MarkerInspection, string>;
  private readonly attachments: Table<MarkerAttachment, string>;
  private readonly settings: Table<SettingRecord, string>;

  constructor(private readonly database: AppDatabase) {
    this.inspections = database.table<MarkerInspection, string>("markerInspections");
    this.attachments = markerAttachmentTable(database);
    this.settings = database.table<SettingRecord, string>("markerSettings");
  }

  list(): Promise<MarkerInspection[]> {
    return this.inspections.orderBy("date").toArray();
  }

  /** Adds an inspection and its photos (each with its capture stamp, same order) in one transaction. */
  async add(input: NewInspection, photos: readonly File[] = [], captures: readonly (PhotoCapture | undefined)[] = [], actor?: string): Promise<MarkerInspection> {
    const now = nowIso();
    const id = newId();
    const attachments: MarkerAttachment[] = photos.map((photo, index) => ({
      id: newId(),
      ownerId: id,
      fileName: photo.name,
      mimeType: photo.type || "application/octet-stream",
      blob: photo,
      ...(captures[index] ? { capture: captures[index] } : {}),
      updatedAt: now,
    }));
    const inspection = stampRevision<MarkerInspection>({ ...input, id, photoIds: attachments.map((a) => a.id), updatedAt: now, revisions: [] }, now, actor);
    await this.database.transaction("rw", [this.inspections, this.attachments, ...revisedOutboxTables(this.database), ...markerPositionTables(this.database)], async () => {
      await this.inspections.add(inspection);
      if (attachments.length > 0) await this.attachments.bulkAdd(attachments);
      const feature = inspectionFeature(inspection, await markerPosition(this.database, inspection.markerId));
      await enqueueRevisedChange(this.database, MARKER_INSPECTION_COLLECTION, feature, "save");
      await queueMarkerAttachments(this.database, attachments, now);
    });
    return inspection;
  }

  async putExact(inspection: MarkerInspection, attachments: readonly MarkerAttachment[] = []): Promise<void> {
    await this.database.transaction("rw", this.inspections, this.attachments, async () => {
      await this.inspections.put(inspection);
      if (attachments.length > 0) await this.attachments.bulkPut([...attachments]);
    });
  }

  attachmentsOf(ids: readonly string[]): Promise<MarkerAttachment[]> {
    return this.attachments.bulkGet([...ids]).then((found) => found.filter((item): item is MarkerAttachment => item !== undefined));
  }

  async intervalDays(): Promise<number> {
    return (await this.settings.get(INTERVAL_KEY))?.value ?? DEFAULT_INSPECTION_INTERVAL_DAYS;
  }

  async setIntervalDays(days: number): Promise<void> {
    if (!(Number.isInteger(days) && days > 0)) throw new Error("Chu kỳ kiểm tra phải là số ngày nguyên dương.");
    await this.settings.put({ key: INTERVAL_KEY, value: days, updatedAt: nowIso() });
  }
}
