// Rotating refresh tokens (table refresh_tokens stores only their SHA-256):
// each token is spent by one refresh, which issues the next one of the same
// family. Presenting a spent token means it was copied: the whole family is
// revoked, so both the thief and the owner must log in again.

import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "../db/user-transaction";

const hashOf = (token: string): Buffer => createHash("sha256").update(token).digest();

export async function issueRefreshToken(client: Queryable, userId: string, lifetimeSeconds: number, family: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.query(
    "insert into refresh_tokens (token_hash, user_id, family, expires_at) values ($1, $2, $3, now() + make_interval(secs => $4))",
    [hashOf(token), userId, family, lifetimeSeconds],
  );
  return token;
}

export type RefreshResult = { kind: "ok"; userId: string; family: string } | { kind: "invalid" } | { kind: "reused"; userId: string };

/** Spends the token: ok once, then "reused" (and the family is revoked). */
export async function spendRefreshToken(client: Queryable, token: string): Promise<RefreshResult> {
  const { rows } = await client.query<{ user_id: string; family: string; used: boolean; valid: boolean }>(
    `select refresh_tokens.user_id, family, used_at is not null as used,
       revoked_at is null and expires_at > now() and not users.disabled as valid
     from refresh_tokens join users on users.id = refresh_tokens.user_id where token_hash = $1 for update of refresh_tokens`,
    [hashOf(token)],
  );
  const row = rows[0];
  if (!row) return { kind: "invalid" };
  if (row.used) {
    await revokeFamily(client, row.family);
    return { kind: "reused", userId: row.user_id };
  }
  if (!row.valid) return { kind: "invalid" };
  await client.query("update refresh_tokens set used_at = now() where token_hash = $1", [hashOf(token)]);
  return { kind: "ok", userId: row.user_id, family: row.family };
}

export async function revokeFamily(client: Queryable, family: string): Promise<void> {
  await client.query("update refresh_tokens set revoked_at = coalesce(revoked_at, now()) where family = $1", [family]);
}

export async function familyOf(client: Queryable, token: string): Promise<string | null> {
  const { rows } = await client.query<{ family: string }>("select family from refresh_tokens where token_hash = $1", [hashOf(token)]);
  return rows[0]?.family ?? null;
}
