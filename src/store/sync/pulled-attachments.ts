// Photos pulled from the provincial server (collection `attachments`): which
// item each belongs to (`ownerCollection` + `ownerId`; a server from before
// inspection photos names only `incidentId`), where its bytes are fetched,
// and the record it becomes on the device — an incident's photo in
// `incidentAttachments`, a marker inspection's in `markerAttachments`
// (linked by `ownerId`, listed in the inspection's `photoIds`), with the
// capture stamp (when and where it was taken) the server keeps; a photo whose
// stamp the server lacks (sent before it kept them) keeps the one stored here.

import type { Feature } from "geojson";
import * as v from "valibot";
import { photoCaptureSchema } from "../../io/schemas/photo-capture.schema";
import type { AppDatabase } from "../database";
import type { PhotoCapture } from "../../domain/photo-capture";
import { attachmentPath, isAttachmentOwnerCollection, type AttachmentOwner } from "../../domain/attachment-owners";
import { INCIDENT_COLLECTION } from "../../domain/incident-ogc-feature";
import type { IncidentAttachmentRecord } from "../incidents/attachment.repository";
import type { MarkerAttachment } from "../drills-border/marker-inspection.repository";

export type PulledPhoto = { table: "incidentAttachments"; record: IncidentAttachmentRecord } | { table: "markerAttachments"; record: MarkerAttachment };

function propertiesOf(feature: Feature): Record<string, unknown> {
  return (feature.properties ?? {}) as Record<string, unknown>;
}

/** The item a pulled photo belongs to, or null when it names none the device knows. */
export function attachmentOwnerOf(feature: Feature): AttachmentOwner | null {
  const { ownerCollection, ownerId, incidentId } = propertiesOf(feature);
  const collection = ownerCollection ?? INCIDENT_COLLECTION;
  const id = ownerId ?? incidentId;
  return typeof collection === "string" && isAttachmentOwnerCollection(collection) && typeof id === "string" && id !== "" ? { collection, id } : null;
}

/** Where a pulled photo's bytes are read on the server. */
export function pulledPhotoPath(feature: Feature, owner: AttachmentOwner): string {
  return attachmentPath(owner.collection, owner.id, String(feature.id));
}

/** The device record of a pulled photo and its bytes, in the table of its owner. */
export function pulledPhoto(feature: Feature, owner: AttachmentOwner, blob: Blob): PulledPhoto {
  const properties = propertiesOf(feature);
  const at = typeof properties.updatedAt === "string" ? properties.updatedAt : new Date().toISOString();
  const id = String(feature.id);
  const fileName = String(properties.fileName ?? "anh.jpg");
  const type = String(properties.type ?? blob.type);
  const stamp = v.safeParse(photoCaptureSchema, properties.capture);
  const capture = stamp.success ? { capture: stamp.output } : {};
  if (owner.collection === "marker-inspections") {
    return { table: "markerAttachments", record: { id, ownerId: owner.id, fileName, mimeType: type, blob, updatedAt: at, ...capture } };
  }
  return {
    table: "incidentAttachments",
    record: {
      id,
      incidentId: owner.id,
      fileName,
      type,
      size: blob.size,
      width: Number(properties.width ?? 0),
      height: Number(properties.height ?? 0),
      blob,
      createdAt: typeof properties.createdAt === "string" ? properties.createdAt : at,
      updatedAt: at,
      ...capture,
    },
  };
}

/** Writes a page's photos inside the caller's transaction; one the server sent without a stamp keeps its stored copy's. */
export async function writePulledPhotos(database: AppDatabase, photos: readonly PulledPhoto[]): Promise<void> {
  for (const table of ["incidentAttachments", "markerAttachments"] as const) {
    const records = photos.filter((photo) => photo.table === table).map((photo) => photo.record);
    if (records.length === 0) continue;
    const stored = await database.table<{ capture?: PhotoCapture }, string>(table).bulkGet(records.map((record) => record.id));
    await database.table(table).bulkPut(records.map((record, index) => {
      const capture = stored[index]?.capture;
      return capture && !record.capture ? { ...record, capture } : record;
    }));
  }
}
