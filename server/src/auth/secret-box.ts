// TOTP secrets at rest: AES-256-GCM under the server key OAPIF_SECRET_KEY
// (32 bytes, hex or base64, from the environment — never in the database),
// bound to the account's username as additional data so a secret copied to
// another row does not decrypt. Stored as `v1:<iv>:<ciphertext>:<tag>`
// (base64url). A stored value without the prefix is a plain secret from
// before encryption; `encryptPlainTotpSecrets` converts those.

import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Queryable } from "../db/user-transaction";

const PREFIX = "v1:";

/** The key from its environment text, or null when none is configured. */
export function parseSecretKey(text: string | undefined): Buffer | null {
  if (!text) return null;
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (key.length !== 32) throw new Error("OAPIF_SECRET_KEY phải là khóa 32 byte (64 ký tự hex hoặc base64), ví dụ: openssl rand -hex 32.");
  return key;
}

export function isEncrypted(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function encryptSecret(key: Buffer, plain: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(boundTo, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${[iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(":")}`;
}

/** The plain secret; throws when the key is missing or wrong, or the value was altered. */
export function decryptSecret(key: Buffer | null, stored: string, boundTo: string): string {
  if (!isEncrypted(stored)) return stored;
  if (!key) throw new Error("Khóa TOTP đã được mã hóa nhưng máy chủ chưa có OAPIF_SECRET_KEY.");
  const [iv, ciphertext, tag] = stored.slice(PREFIX.length).split(":").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}

/** Encrypts every TOTP secret still stored in plain (owner connection); the number converted. */
export async function encryptPlainTotpSecrets(client: Queryable, key: Buffer): Promise<number> {
  const { rows } = await client.query<{ id: string; username: string; totp_secret: string }>(
    "select id, username, totp_secret from users where totp_secret not like 'v1:%' for update",
  );
  for (const row of rows) {
    await client.query("update users set totp_secret = $2 where id = $1", [row.id, encryptSecret(key, row.totp_secret, row.username)]);
  }
  return rows.length;
}
