// Reads `Authorization: Bearer <access token>` on every request. A missing
// token leaves the request anonymous (discovery pages are public); a present
// but invalid or expired one is refused at once.

import type { FastifyInstance } from "fastify";
import type { ServerConfig } from "../config";
import { unauthorized } from "../http/problem";
import { verifyAccessToken } from "./access-token";

export function registerAuthentication(app: FastifyInstance, config: ServerConfig): void {
  app.decorateRequest("userId", null);
  app.addHook("onRequest", async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const userId = match ? verifyAccessToken(config.tokenSecret, match[1]) : null;
    if (!userId) throw unauthorized("Phiên đăng nhập không hợp lệ hoặc đã hết hạn.");
    request.userId = userId;
  });
}
