// The two writes an outbox entry can be — create an item, replace an item at
// a version — as plain functions over a transaction, shared by the Part 4
// routes and the batched outbox endpoint (sync/outbox-batch-routes.ts).

import type { Queryable } from "../db/user-transaction";
import type { CollectionDefinition } from "../collections/collection-registry";
import { notFound, ProblemError } from "../http/problem";
import type { FeatureInput } from "./feature-input";
import { insertFeature, readFeatureForPatch, readStoredState, replaceFeature } from "./feature-writes.repository";
import type { IfMatch } from "./if-match";
import type { WriteOutcome } from "./write-execution";

export const etagOf = (version: number): string => `"${version}"`;

/** 201 for a new item; 200 without change when the same create arrives again; 412 on a clash; 409 when the id is someone else's. */
export async function createItem(client: Queryable, collection: CollectionDefinition, id: string, input: FeatureInput, userId: string, location: string): Promise<WriteOutcome> {
  const written = await insertFeature(client, collection, id, input, userId);
  if (written) return { status: 201, etag: etagOf(written.version), location, body: written.feature, itemId: id, changed: true };
  const stored = await readStoredState(client, collection, id, input);
  if (!stored) throw new ProblemError(409, "Conflict", "Mã mục (UUID) này đã được dùng.");
  if (!stored.sameContent) throw new ProblemError(412, "Precondition Failed", "Mục với mã này đã có trên máy chủ với nội dung khác; không ghi đè.");
  const current = await readFeatureForPatch(client, collection, id);
  return { status: 200, etag: etagOf(stored.version), location, body: JSON.stringify(current), itemId: id, changed: false };
}

export async function replaceItem(client: Queryable, collection: CollectionDefinition, id: string, ifMatch: IfMatch, input: FeatureInput, userId: string): Promise<WriteOutcome> {
  let expected = ifMatch;
  if (expected === "*") {
    const stored = await readStoredState(client, collection, id, null);
    if (!stored) throw notFound();
    expected = stored.version;
  }
  const written = await replaceFeature(client, collection, id, expected, input, userId);
  return { status: 200, etag: etagOf(written.version), location: null, body: written.feature, itemId: id, changed: written.changed };
}
