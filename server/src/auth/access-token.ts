// Short-lived access tokens: a compact HS256 JWT (header.payload.signature)
// carrying only the user id and expiry. The unit, role and communes are NOT
// in the token: the database reads them from the user row in every
// transaction, so a role change or a disabled account takes effect at once.

import { createHmac, timingSafeEqual } from "node:crypto";

interface AccessClaims {
  sub: string;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

function sign(secret: Buffer, content: string): string {
  return createHmac("sha256", secret).update(content).digest("base64url");
}

export function issueAccessToken(secret: Buffer, userId: string, lifetimeSeconds: number, nowSeconds = Date.now() / 1000): string {
  const claims: AccessClaims = { sub: userId, exp: Math.floor(nowSeconds) + lifetimeSeconds };
  const content = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${content}.${sign(secret, content)}`;
}

/** The user id, or null when the token is malformed, forged or expired. */
export function verifyAccessToken(secret: Buffer, token: string, nowSeconds = Date.now() / 1000): string | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as Partial<AccessClaims>;
    if (typeof claims.sub !== "string" || typeof claims.exp !== "number" || claims.exp <= nowSeconds) return null;
    return claims.sub;
  } catch {
    return null;
  }
}
