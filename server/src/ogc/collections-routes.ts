// Part 1 collections: the list and each collection's description, with the
// links clients (QGIS, GDAL, the app) follow to the items.

import type { FastifyInstance } from "fastify";
import { COLLECTIONS, findCollection, type CollectionDefinition } from "../collections/collection-registry";
import { notFound } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";

const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

function describe(collection: CollectionDefinition, base: string): Record<string, unknown> {
  const href = `${base}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: "feature",
    crs: [CRS84],
    extent: { spatial: { bbox: [[102.1, 8.4, 109.5, 23.4]], crs: CRS84 } },
    links: [
      { href, rel: "self", type: "application/json", title: collection.title },
      { href: `${href}/items`, rel: "items", type: "application/geo+json", title: `Các mục của ${collection.title}` },
    ],
  };
}

export function registerCollectionsRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get("/collections", async (request) => {
    requireUserId(request);
    const base = baseUrl(request, context.config);
    return {
      links: [{ href: `${base}/collections`, rel: "self", type: "application/json", title: "Các lớp dữ liệu" }],
      collections: COLLECTIONS.map((collection) => describe(collection, base)),
    };
  });
  app.get<{ Params: { collectionId: string } }>("/collections/:collectionId", async (request) => {
    requireUserId(request);
    const collection = findCollection(request.params.collectionId);
    if (!collection) throw notFound("Không có lớp dữ liệu này.");
    return describe(collection, baseUrl(request, context.config));
  });
}
