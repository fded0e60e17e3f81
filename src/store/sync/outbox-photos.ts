// Where the bytes of a photo's outbox entry are on the device: an incident's
// photo in `incidentAttachments`, a marker inspection's in
// `markerAttachments`; sent with the media type its metadata announced.

import type { AppDatabase } from "../database";
import { attachmentTable } from "../incidents/attachment.repository";
import { markerAttachmentMetadata, markerAttachmentTable } from "../drills-border/marker-inspection.repository";
import type { AttachmentEntity } from "../outbox.repository";

export interface PhotoUpload {
  blob: Blob;
  type: string;
}

/** The photo behind an entry, or null when it is no longer on the device. */
export async function photoToUpload(database: AppDatabase, entity: AttachmentEntity, attachmentId: string): Promise<PhotoUpload | null> {
  if (entity === "marker-attachment") {
    const photo = await markerAttachmentTable(database).get(attachmentId);
    return photo ? { blob: photo.blob, type: markerAttachmentMetadata(photo).type } : null;
  }
  const photo = await attachmentTable(database).get(attachmentId);
  return photo ? { blob: photo.blob, type: photo.type || "image/jpeg" } : null;
}
