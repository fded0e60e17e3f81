// Part 4 writes on a collection stored in `features`: POST (201 + Location +
// ETag), PUT (whole item), PATCH (JSON Merge Patch), DELETE (soft delete),
// each with If-Match (428 without it, 412 when stale), and OPTIONS listing
// what the current user may do (QGIS enables editing from it).

import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { notFound, ProblemError, unprocessable } from "../http/problem";
import { baseUrl, type ServerContext } from "../http/request-context";
import type { CollectionDefinition } from "../collections/collection-registry";
import { mergePatch, parseFeatureInput } from "./feature-input";
import { readFeatureForPatch } from "./feature-writes.repository";
import { createItem, replaceItem } from "./item-operations";
import { requireIfMatch } from "./if-match";
import { isUuid } from "./item-query";
import { collectionOrNotFound } from "./items-read-routes";
import { executeWrite } from "./write-execution";

type CollectionParams = { collectionId: string };
type ItemParams = { collectionId: string; featureId: string };

export function writableCollection(id: string): CollectionDefinition {
  const collection = collectionOrNotFound(id);
  if (collection.storage !== "features") {
    throw new ProblemError(405, "Method Not Allowed", "Ảnh đính kèm được ghi qua đường dẫn …/items/{id}/attachments/{attachmentId} của vụ việc hoặc lượt kiểm tra cột mốc.", { allow: "GET, HEAD, OPTIONS" });
  }
  return collection;
}

function itemIdOrNotFound(id: string): string {
  if (!isUuid(id)) throw notFound();
  return id.toLowerCase();
}

async function allowedMethods(context: ServerContext, request: FastifyRequest, writeMethods: string): Promise<string> {
  const read = "GET, HEAD, OPTIONS";
  if (!request.userId) return read;
  const role = await withUserTransaction(context.pool, request.userId, async (client) => {
    const { rows } = await client.query<{ role: string | null }>("select app.ctx_role() as role");
    return rows[0].role;
  });
  return role === "bien-tap" ? `${read}, ${writeMethods}` : read;
}

export function registerItemsWriteRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post<{ Params: CollectionParams }>("/collections/:collectionId/items", async (request, reply) => {
    const collection = writableCollection(request.params.collectionId);
    const input = parseFeatureInput(request.body, collection);
    const id = input.id ?? randomUUID();
    const location = `${baseUrl(request, context.config)}/collections/${collection.id}/items/${id}`;
    return executeWrite(context, request, reply, { action: "create", collection: collection.id, itemId: id }, async (client, actor) => {
      return createItem(client, collection, id, input, actor.id, location);
    });
  });

  app.put<{ Params: ItemParams }>("/collections/:collectionId/items/:featureId", async (request, reply) => {
    const collection = writableCollection(request.params.collectionId);
    const id = itemIdOrNotFound(request.params.featureId);
    const ifMatch = requireIfMatch(request.headers["if-match"]);
    const input = parseFeatureInput(request.body, collection);
    if (input.id !== null && input.id !== id) throw unprocessable("Mã mục trong nội dung khác mã trên đường dẫn.");
    return executeWrite(context, request, reply, { action: "replace", collection: collection.id, itemId: id }, (client, actor) =>
      replaceItem(client, collection, id, ifMatch, input, actor.id),
    );
  });

  app.patch<{ Params: ItemParams }>("/collections/:collectionId/items/:featureId", async (request, reply) => {
    const collection = writableCollection(request.params.collectionId);
    const id = itemIdOrNotFound(request.params.featureId);
    const ifMatch = requireIfMatch(request.headers["if-match"]);
    return executeWrite(context, request, reply, { action: "update", collection: collection.id, itemId: id }, async (client, actor) => {
      const current = await readFeatureForPatch(client, collection, id);
      if (!current) throw notFound();
      const input = parseFeatureInput(mergePatch(current, request.body), collection);
      return replaceItem(client, collection, id, ifMatch, input, actor.id);
    });
  });

  app.delete<{ Params: ItemParams }>("/collections/:collectionId/items/:featureId", async (request, reply) => {
    const collection = writableCollection(request.params.collectionId);
    const id = itemIdOrNotFound(request.params.featureId);
    const ifMatch = requireIfMatch(request.headers["if-match"]);
    return executeWrite(context, request, reply, { action: "delete", collection: collection.id, itemId: id }, async (client, actor) => {
      const current = await readFeatureForPatch(client, collection, id);
      if (!current) throw notFound();
      const deleted = mergePatch(current, { properties: { deletedAt: new Date().toISOString() } });
      const outcome = await replaceItem(client, collection, id, ifMatch, parseFeatureInput(deleted, collection), actor.id);
      return { ...outcome, status: 204, body: null };
    });
  });

  app.options<{ Params: CollectionParams }>("/collections/:collectionId/items", async (request, reply) => {
    const collection = collectionOrNotFound(request.params.collectionId);
    const allow = collection.storage === "features" ? await allowedMethods(context, request, "POST") : "GET, HEAD, OPTIONS";
    return reply.code(204).header("allow", allow).send();
  });
  app.options<{ Params: ItemParams }>("/collections/:collectionId/items/:featureId", async (request, reply) => {
    const collection = collectionOrNotFound(request.params.collectionId);
    const allow = collection.storage === "features" ? await allowedMethods(context, request, "PUT, PATCH, DELETE") : "GET, HEAD, OPTIONS";
    return reply.code(204).header("allow", allow).send();
  });
}
