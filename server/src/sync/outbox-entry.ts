// One entry of the app's outbox (src/store/outbox.repository.ts: method,
// path, baseVersion, payload, its own UUID) checked and applied as the
// request it stands for: POST …/items (create), PUT …/items/{id} at
// baseVersion (replace, soft delete, restore), PUT …/attachments/{id} (a
// photo of an incident or a marker inspection).

import { randomUUID } from "node:crypto";
import type { Queryable } from "../db/user-transaction";
import { isAttachmentOwnerCollection } from "../../../src/domain/attachment-owners";
import { badRequest, ProblemError, unprocessable } from "../http/problem";
import { parseAttachmentMetadata, putAttachmentMetadata } from "../ogc/attachments.repository";
import { parseFeatureInput } from "../ogc/feature-input";
import { createItem, etagOf, replaceItem } from "../ogc/item-operations";
import { isUuid } from "../ogc/item-query";
import { writableCollection } from "../ogc/items-write-routes";
import type { WriteOutcome } from "../ogc/write-execution";
import { findCollection } from "../collections/collection-registry";
import type { CreateRunEntry } from "./outbox-create-run";

export interface OutboxEntryInput {
  id: string;
  method: "POST" | "PUT";
  path: string;
  baseVersion: number;
  payload: unknown;
}

export const MAX_ENTRIES = 1_000;
export const PATH = /^\/collections\/([a-z0-9-]+)\/items(?:\/([0-9a-fA-F-]{36})(?:\/attachments\/([0-9a-fA-F-]{36}))?)?$/;

export function parseEntries(body: unknown): OutboxEntryInput[] {
  const entries = typeof body === "object" && body !== null ? (body as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ENTRIES) {
    throw badRequest(`Nội dung phải là { "entries": [...] } với 1 đến ${MAX_ENTRIES} mục hàng đợi.`);
  }
  return entries.map((entry, index) => {
    const candidate = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const { id, method, path, baseVersion, payload } = candidate;
    if (typeof id !== "string" || !isUuid(id) || (method !== "POST" && method !== "PUT") || typeof path !== "string" || !Number.isInteger(baseVersion) || (baseVersion as number) < 0) {
      throw badRequest(`Mục hàng đợi thứ ${index + 1} thiếu id (UUID), method (POST/PUT), path hoặc baseVersion.`);
    }
    return { id: id.toLowerCase(), method, path, baseVersion: baseVersion as number, payload };
  });
}

export function entryIfMatch(entry: OutboxEntryInput): string | undefined {
  return entry.method === "PUT" && !entry.path.includes("/attachments/") ? `"${entry.baseVersion}"` : undefined;
}

/** The entry as a create the set-based path can write (outbox-create-run.ts), or null when it needs the per-entry path. */
export function asCreate(entry: OutboxEntryInput, hash: string, baseUrl: string): CreateRunEntry | null {
  const match = PATH.exec(entry.path);
  if (entry.method !== "POST" || !match || match[2]) return null;
  const collection = findCollection(match[1]);
  if (!collection || collection.storage !== "features") return null;
  try {
    const input = parseFeatureInput(entry.payload, collection);
    const id = input.id ?? randomUUID();
    return { entry, hash, collection, input, id, location: `${baseUrl}/collections/${collection.id}/items/${id}` };
  } catch {
    return null;
  }
}

export async function applyEntry(client: Queryable, userId: string, entry: OutboxEntryInput, baseUrl: string): Promise<WriteOutcome> {
  const match = PATH.exec(entry.path);
  if (!match) throw badRequest("Đường dẫn của mục hàng đợi không hợp lệ.");
  const [, collectionId, itemId, attachmentId] = match;
  const wrongMethod = () => new ProblemError(405, "Method Not Allowed", "Phương thức không phù hợp với đường dẫn của mục hàng đợi.");
  if (attachmentId) {
    if (entry.method !== "PUT" || !isAttachmentOwnerCollection(collectionId)) throw wrongMethod();
    const owner = { collection: collectionId, id: itemId.toLowerCase() };
    const id = attachmentId.toLowerCase();
    const written = await putAttachmentMetadata(client, owner, id, parseAttachmentMetadata(entry.payload, id, owner), userId);
    const location = `${baseUrl}/collections/attachments/items/${id}`;
    return { status: written.created ? 201 : 200, etag: etagOf(written.version), location, body: null, itemId: id, changed: written.changed };
  }
  const collection = writableCollection(collectionId);
  const input = parseFeatureInput(entry.payload, collection);
  if (!itemId) {
    if (entry.method !== "POST") throw wrongMethod();
    const id = input.id ?? randomUUID();
    const outcome = await createItem(client, collection, id, input, userId, `${baseUrl}/collections/${collection.id}/items/${id}`);
    return { ...outcome, body: null };
  }
  if (entry.method !== "PUT") throw wrongMethod();
  if (input.id !== null && input.id !== itemId.toLowerCase()) throw unprocessable("Mã mục trong nội dung khác mã trên đường dẫn.");
  return { ...(await replaceItem(client, collection, itemId.toLowerCase(), entry.baseVersion, input, userId)), body: null };
}
