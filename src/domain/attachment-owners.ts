// The items a photo may belong to on the provincial server: an incident or a
// border marker inspection. A photo travels under its owner's item,
// `/collections/{collection}/items/{ownerId}/attachments/{attachmentId}`, and
// is visible exactly where its owner is.

import { INCIDENT_COLLECTION } from "./incident-ogc-feature";

export const MARKER_INSPECTION_COLLECTION = "marker-inspections";

export const ATTACHMENT_OWNER_COLLECTIONS = [INCIDENT_COLLECTION, MARKER_INSPECTION_COLLECTION] as const;

export type AttachmentOwnerCollection = (typeof ATTACHMENT_OWNER_COLLECTIONS)[number];

/** The item a photo belongs to. */
export interface AttachmentOwner {
  collection: AttachmentOwnerCollection;
  id: string;
}

export function isAttachmentOwnerCollection(collection: string): collection is AttachmentOwnerCollection {
  return (ATTACHMENT_OWNER_COLLECTIONS as readonly string[]).includes(collection);
}

/** Path of a photo (metadata as JSON, bytes as image/*) under its owner's item. */
export function attachmentPath(collection: AttachmentOwnerCollection, ownerId: string, attachmentId: string): string {
  return `/collections/${collection}/items/${encodeURIComponent(ownerId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
