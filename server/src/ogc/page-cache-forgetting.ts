// A write of this process forgets the cached pages before its response
// leaves: the client that wrote reads its own write next, even before the
// database's notification (migration 011) reaches this process. Every write
// to items goes through /collections/… or /sync/outbox; which rows it touched
// is not known here, so every page is forgotten (the notification of other
// processes' writes is precise).

import type { FastifyInstance } from "fastify";
import type { ItemPageCache } from "./item-page-cache";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerPageCacheForgetting(app: FastifyInstance, cache: ItemPageCache): void {
  app.addHook("onSend", async (request) => {
    if (READ_METHODS.has(request.method)) return;
    if (request.url.startsWith("/collections/") || request.url.startsWith("/sync/outbox")) cache.forgetAll();
  });
}
