// Transport hardening the reverse proxy does not do for us: security headers
// on every answer, and CORS only for the configured origins (preflight
// answered here, before any route).

import type { FastifyInstance } from "fastify";
import type { ServerConfig } from "../config";

const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-site",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "cache-control": "no-store",
};

const ALLOWED_HEADERS = "authorization, content-type, if-match, if-none-match, idempotency-key, x-device-id";
const EXPOSED_HEADERS = "etag, location, allow";

export function registerHardening(app: FastifyInstance, config: ServerConfig): void {
  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !config.corsOrigins.includes(origin)) return;
    reply.header("access-control-allow-origin", origin).header("vary", "Origin").header("access-control-expose-headers", EXPOSED_HEADERS);
    if (request.method === "OPTIONS" && request.headers["access-control-request-method"]) {
      await reply
        .header("access-control-allow-methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
        .header("access-control-allow-headers", ALLOWED_HEADERS)
        .header("access-control-max-age", "600")
        .code(204)
        .send();
    }
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });
}
