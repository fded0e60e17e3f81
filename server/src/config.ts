// Server settings, read once from the environment (no config file, so the
// same build runs in every province with its own variables).

import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { parseSecretKey } from "./auth/secret-box";

export interface ServerConfig {
  /** Connection string of the API login role (member of oapif_api; not owner, not superuser). */
  databaseUrl: string;
  /** Connection string of the owner role: migrations and admin commands only. */
  adminDatabaseUrl: string;
  host: string;
  /**
   * Database connections of the API role. PostgreSQL does the work and a read holds its
   * connection for one round trip only, so two per core suffice (default; at least 4): on 2
   * cores, 50 concurrent page requests had a lower p95 and less database CPU per page with 4
   * than with 10 or 20 (docs/features/server.md).
   */
  poolSize: number;
  port: number;
  /** Public base URL used in links (behind the TLS reverse proxy); derived from the request when empty. */
  publicUrl: string;
  /** AES-256-GCM key for TOTP secrets at rest (OAPIF_SECRET_KEY); null when not configured. */
  secretKey: Buffer | null;
  /** HMAC key for access tokens. */
  tokenSecret: Buffer;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  corsOrigins: readonly string[];
  bodyLimitBytes: number;
  /** Failed logins before the account locks, and for how long. */
  lockoutThreshold: number;
  lockoutSeconds: number;
  /** Login attempts per client address per minute. */
  loginAttemptsPerMinute: number;
  /** Memory for pages of items kept per user (src/ogc/item-page-cache.ts); 0 turns the cache off. */
  pageCacheBytes: number;
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const secret = environment.OAPIF_TOKEN_SECRET;
  return {
    databaseUrl: environment.OAPIF_DATABASE_URL ?? "postgres://oapif_app@127.0.0.1:5432/oapif",
    adminDatabaseUrl: environment.OAPIF_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/oapif",
    host: environment.OAPIF_HOST ?? "127.0.0.1",
    poolSize: Number(environment.OAPIF_POOL_SIZE ?? Math.max(4, 2 * availableParallelism())),
    port: Number(environment.OAPIF_PORT ?? 8080),
    publicUrl: (environment.OAPIF_PUBLIC_URL ?? "").replace(/\/+$/, ""),
    // Without a configured secret, tokens are valid until the process restarts.
    tokenSecret: secret ? Buffer.from(secret, "utf8") : randomBytes(32),
    secretKey: parseSecretKey(environment.OAPIF_SECRET_KEY),
    accessTokenSeconds: Number(environment.OAPIF_ACCESS_TOKEN_SECONDS ?? 900),
    refreshTokenSeconds: Number(environment.OAPIF_REFRESH_TOKEN_SECONDS ?? 7 * 24 * 3600),
    corsOrigins: (environment.OAPIF_CORS_ORIGINS ?? "").split(",").map((origin) => origin.trim()).filter(Boolean),
    bodyLimitBytes: Number(environment.OAPIF_BODY_LIMIT_BYTES ?? 12 * 1024 * 1024),
    lockoutThreshold: Number(environment.OAPIF_LOCKOUT_THRESHOLD ?? 5),
    lockoutSeconds: Number(environment.OAPIF_LOCKOUT_SECONDS ?? 15 * 60),
    loginAttemptsPerMinute: Number(environment.OAPIF_LOGIN_ATTEMPTS_PER_MINUTE ?? 20),
    pageCacheBytes: Number(environment.OAPIF_PAGE_CACHE_MB ?? 64) * 1024 * 1024,
  };
}
