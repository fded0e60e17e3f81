// A write of this process answers only once the cache has forgotten the
// pages it may have changed: the client that wrote reads its write next. The
// write's own commit notification (migration 011) says which pages — its
// collections and the box of the old and new geometries — so pages elsewhere
// stay; the response waits until that notification is heard
// (`PageChangeListener.caughtUp`, ≈ 1 ms), and if that cannot be known in
// time every page is forgotten.

import type { FastifyInstance } from "fastify";
import type pg from "pg";
import type { ItemPageCache } from "./item-page-cache";
import type { PageChangeListener } from "./page-change-listener";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerPageCacheForgetting(app: FastifyInstance, pool: pg.Pool, listener: PageChangeListener, cache: ItemPageCache): void {
  app.addHook("onSend", async (request) => {
    if (READ_METHODS.has(request.method) || !cache.enabled) return;
    if (!request.url.startsWith("/collections/") && !request.url.startsWith("/sync/outbox")) return;
    if (!(await listener.caughtUp(pool))) cache.forgetAll();
  });
}
