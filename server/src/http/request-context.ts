// What the server knows about a request once its bearer token is checked:
// only the user id. Everything else (unit, role, communes) the database
// derives from it inside each transaction.

import type { FastifyRequest } from "fastify";
import type pg from "pg";
import type { ServerConfig } from "../config";
import type { ItemPageCache } from "../ogc/item-page-cache";
import { unauthorized } from "./problem";

declare module "fastify" {
  interface FastifyRequest {
    userId: string | null;
  }
}

export interface ServerContext {
  pool: pg.Pool;
  config: ServerConfig;
  pageCache: ItemPageCache;
}

export function requireUserId(request: FastifyRequest): string {
  if (!request.userId) throw unauthorized();
  return request.userId;
}

export function baseUrl(request: FastifyRequest, config: ServerConfig): string {
  return config.publicUrl || `${request.protocol}://${request.host}`;
}
