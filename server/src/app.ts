// Assembles the HTTP server: body limits and parsers, hardening, the bearer
// token check, problem+json errors, and the OGC API – Features, attachment,
// sync (pull, outbox, live events), login, directive and IOC routes, and the
// items-page cache with what keeps it exact.

import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import type { ServerConfig } from "./config";
import { registerAuthentication } from "./auth/authenticate";
import { registerLoginRoutes } from "./auth/login-routes";
import { registerErrorHandler } from "./http/error-handler";
import { registerHardening } from "./http/hardening";
import type { ServerContext } from "./http/request-context";
import { registerAttachmentRoutes } from "./ogc/attachment-routes";
import { registerCollectionsRoutes } from "./ogc/collections-routes";
import { registerItemsReadRoutes } from "./ogc/items-read-routes";
import { registerItemsWriteRoutes } from "./ogc/items-write-routes";
import { registerLandingRoutes } from "./ogc/landing-routes";
import { registerSyncRoutes } from "./sync/sync-routes";
import { registerOutboxBatchRoutes } from "./sync/outbox-batch-routes";
import { registerMeRoute } from "./auth/me-route";
import { registerDirectivesRoutes } from "./coordination/directives-routes";
import { registerIocRoutes } from "./ioc/ioc-routes";
import { EventsHub } from "./sync/events-hub";
import { registerEventsRoute } from "./sync/events-route";
import { ItemPageCache } from "./ogc/item-page-cache";
import { PageChangeListener } from "./ogc/page-change-listener";
import { registerPageCacheForgetting } from "./ogc/page-cache-forgetting";

export interface BuiltServer {
  app: FastifyInstance;
  pool: pg.Pool;
}

export function buildServer(config: ServerConfig, options: { logger?: boolean | { level: string } } = {}): BuiltServer {
  // Pipeline mode: a request's statements leave together (db/user-transaction.ts).
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize, pipeline: true });
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    // Behind the TLS proxy (public URL set), trust X-Forwarded-* from the local proxy only.
    trustProxy: config.publicUrl ? ["127.0.0.1", "::1"] : false,
  });
  // An idle pooled connection that the database drops (restart, failover, admin kill) emits here;
  // unheard, it would be an uncaught exception that stops the whole server.
  pool.on("error", (error) => app.log.warn({ err: error }, "idle database connection lost"));
  const pageCache = new ItemPageCache(config.pageCacheBytes);
  const context: ServerContext = { pool, config, pageCache };
  const jsonParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(["application/geo+json", "application/merge-patch+json"], { parseAs: "string" }, jsonParser);
  app.addContentTypeParser(/^(image\/[a-z0-9.+-]+|application\/octet-stream)$/, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  registerHardening(app, config);
  registerAuthentication(app, config);
  registerErrorHandler(app);
  registerLandingRoutes(app, context);
  registerCollectionsRoutes(app, context);
  registerItemsReadRoutes(app, context);
  registerItemsWriteRoutes(app, context);
  registerAttachmentRoutes(app, context);
  registerSyncRoutes(app, context);
  registerOutboxBatchRoutes(app, context);
  registerLoginRoutes(app, context);
  registerMeRoute(app, context);
  registerDirectivesRoutes(app, context);
  registerIocRoutes(app, context);
  const hub = new EventsHub(config.databaseUrl, pool, (error) => app.log.warn({ err: error }, "sync events listener"));
  registerEventsRoute(app, context, hub);
  const pageChanges = new PageChangeListener(config.databaseUrl, pageCache, (error) => app.log.warn({ err: error }, "page cache listener"));
  if (config.pageCacheBytes > 0) app.addHook("onReady", () => pageChanges.start());
  registerPageCacheForgetting(app, pool, pageChanges, pageCache);
  app.addHook("onClose", async () => {
    await pageChanges.close();
    await hub.close();
    await pool.end();
  });
  return { app, pool };
}
