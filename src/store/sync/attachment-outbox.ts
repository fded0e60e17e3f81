// Outbox entries of new photos (`incident-attachment`, `marker-attachment`):
// one PUT of each photo's metadata under its owner's item
// (domain/attachment-owners.ts). Called in the owner's own transaction, after
// the owner's entry, so the server holds the item when the photo arrives; the
// replay (outbox-replay.ts) sends the bytes once the metadata is acknowledged.

import type { AppDatabase } from "../database";
import { attachmentPath, type AttachmentOwnerCollection } from "../../domain/attachment-owners";
import { newId } from "../ids";
import { outboxTable, type AttachmentEntity, type AttachmentMetadata, type MarkerAttachmentMetadata } from "../outbox.repository";

const ENTITY: Record<AttachmentOwnerCollection, AttachmentEntity> = { incidents: "incident-attachment", "marker-inspections": "marker-attachment" };

export interface QueuedAttachment {
  ownerId: string;
  metadata: AttachmentMetadata | MarkerAttachmentMetadata;
}

export async function queueAttachments(database: AppDatabase, collection: AttachmentOwnerCollection, attachments: readonly QueuedAttachment[], at: string): Promise<void> {
  if (attachments.length === 0) return;
  await outboxTable(database).bulkAdd(
    attachments.map(({ ownerId, metadata }) => ({
      id: newId(),
      entity: ENTITY[collection],
      entityId: metadata.id,
      operation: "create" as const,
      method: "PUT" as const,
      path: attachmentPath(collection, ownerId, metadata.id),
      baseVersion: 0,
      version: 1,
      payload: metadata,
      state: "pending" as const,
      createdAt: at,
      updatedAt: at,
    })),
  );
}
