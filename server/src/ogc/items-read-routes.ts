// Part 1 items: a page of a collection (bbox, datetime, limit, `next` link)
// and a single item with its strong ETag. Rows the user may not see do not
// exist for them (row-level security), so guessing another commune's UUID
// gives 404, never 403.

import type { FastifyInstance, FastifyRequest } from "fastify";
import { findCollection, type CollectionDefinition } from "../collections/collection-registry";
import { notFound } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";
import { isUuid, parseItemQuery } from "./item-query";
import { readItem, readItemPage } from "./items-repository";
import { ItemPageCache } from "./item-page-cache";
import { etagOf } from "./item-operations";
import { attachmentPath, type AttachmentOwnerCollection } from "../../../src/domain/attachment-owners";

type CollectionParams = { collectionId: string };
type ItemParams = { collectionId: string; featureId: string };
type QueryRecord = Record<string, string | string[] | undefined>;

export function collectionOrNotFound(id: string): CollectionDefinition {
  const collection = findCollection(id);
  if (!collection) throw notFound("Không có lớp dữ liệu này.");
  return collection;
}


function pageLinks(request: FastifyRequest, itemsUrl: string, nextAfter: string | null): string {
  const self = new URL(itemsUrl);
  for (const [name, value] of Object.entries(request.query as QueryRecord)) {
    if (typeof value === "string") self.searchParams.set(name, value);
  }
  const links = [{ href: self.toString(), rel: "self", type: "application/geo+json" }];
  if (nextAfter) {
    const next = new URL(self);
    next.searchParams.set("after", nextAfter);
    links.push({ href: next.toString(), rel: "next", type: "application/geo+json" });
  }
  return JSON.stringify(links);
}

/** An attachment item points at its bytes (served under its incident or marker inspection). */
function enclosureLinks(base: string, id: string, properties: unknown): { href: string; rel: string; type: string }[] {
  if (typeof properties !== "object" || properties === null || !("ownerCollection" in properties) || !("hasContent" in properties)) return [];
  const { ownerCollection, ownerId, hasContent, type } = properties as { ownerCollection: AttachmentOwnerCollection; ownerId: string; hasContent: boolean; type: string };
  return hasContent ? [{ href: `${base}${attachmentPath(ownerCollection, ownerId, id)}`, rel: "enclosure", type }] : [];
}

export function registerItemsReadRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: CollectionParams }>("/collections/:collectionId/items", async (request, reply) => {
    const userId = requireUserId(request);
    const collection = collectionOrNotFound(request.params.collectionId);
    const query = parseItemQuery(request.query as QueryRecord);
    const base = baseUrl(request, context.config);
    // The page from memory when this user read it since the last change that could alter it (item-page-cache.ts).
    const { pageCache } = context;
    const key = ItemPageCache.key(userId, `${base}${request.url}`);
    let rest = pageCache.find(key);
    if (!rest) {
      const generation = pageCache.currentGeneration;
      const page = await readItemPage(context.pool, userId, collection, query);
      // Built as text: the features are already JSON from PostgreSQL.
      const links = pageLinks(request, `${base}/collections/${collection.id}/items`, page.nextAfter);
      rest = Buffer.from(`"numberReturned":${page.features.length},"features":[${page.features.join(",")}],"links":${links}}`);
      pageCache.keep(key, generation, collection.id, query, rest);
    }
    const head = Buffer.from(`{"type":"FeatureCollection","timeStamp":"${new Date().toISOString()}",`);
    return reply.type("application/geo+json").send(Buffer.concat([head, rest]));
  });

  app.get<{ Params: ItemParams }>("/collections/:collectionId/items/:featureId", async (request, reply) => {
    const userId = requireUserId(request);
    const collection = collectionOrNotFound(request.params.collectionId);
    if (!isUuid(request.params.featureId)) throw notFound();
    const item = await readItem(context.pool, userId, collection, request.params.featureId);
    if (!item || item.deleted) throw notFound();
    const etag = etagOf(item.version);
    reply.header("etag", etag);
    if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    const feature = JSON.parse(item.feature) as Record<string, unknown>;
    const self = `${baseUrl(request, context.config)}/collections/${collection.id}/items/${request.params.featureId}`;
    const base = baseUrl(request, context.config);
    feature.links = [
      { href: self, rel: "self", type: "application/geo+json" },
      { href: `${base}/collections/${collection.id}`, rel: "collection", type: "application/json" },
      ...enclosureLinks(base, request.params.featureId, feature.properties),
    ];
    return reply.type("application/geo+json").send(JSON.stringify(feature));
  });
}
