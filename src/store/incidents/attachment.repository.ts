// Photos attached to incidents (IndexedDB table `incidentAttachments`, schema
// v3): the resized image as a Blob plus its metadata, one row per photo. Rows
// are added and removed by IncidentRepository inside the incident's own
// transaction (history + outbox); this file only reads them.

import type { AppDatabase } from "../database";
import type { AttachmentMetadata } from "../outbox.repository";
import type { PhotoCapture } from "../../domain/photo-capture";

export interface IncidentAttachmentRecord extends AttachmentMetadata {
  blob: Blob;
  capture?: PhotoCapture;
  createdAt: string;
  updatedAt: string;
}

/** A photo ready to be stored (already resized and size-checked). */
export interface NewAttachment {
  fileName: string;
  type: string;
  width: number;
  height: number;
  blob: Blob;
  /** When and where the photo was taken (absent on photos stored before it was recorded). */
  capture?: PhotoCapture;
}

export function attachmentTable(database: AppDatabase) {
  return database.table<IncidentAttachmentRecord, string>("incidentAttachments");
}

export function attachmentMetadata(record: IncidentAttachmentRecord): AttachmentMetadata {
  const { id, incidentId, fileName, type, size, width, height, capture } = record;
  return { id, incidentId, fileName, type, size, width, height, ...(capture ? { capture } : {}) };
}

export class AttachmentRepository {
  constructor(private readonly database: AppDatabase) {}

  forIncident(incidentId: string): Promise<IncidentAttachmentRecord[]> {
    return attachmentTable(this.database).where("incidentId").equals(incidentId).sortBy("createdAt");
  }
}
