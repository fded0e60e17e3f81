// Admin commands run with the owner connection (never through the API):
// register a commune, create a unit, create a user. create-user prints the
// TOTP secret and otpauth:// URI once; the server never shows them again
// and keeps the secret encrypted (auth/secret-box.ts).

import { randomBytes } from "node:crypto";
import type { Queryable } from "../db/user-transaction";
import { encodeBase32 } from "../auth/base32";
import { hashPassword } from "../auth/password-hash";
import { otpauthUri } from "../auth/totp";
import { encryptSecret } from "../auth/secret-box";

export const UNIT_KINDS = ["commune", "commune-military", "commune-police", "border-station", "province"] as const;
export const ROLES = ["bien-tap", "chi-xem"] as const;

export async function addCommune(client: Queryable, code: string, name: string): Promise<void> {
  if (!/^\d{5}$/.test(code)) throw new Error("Mã xã phải gồm 5 chữ số (mã đơn vị hành chính).");
  await client.query("insert into communes (code, name) values ($1, $2) on conflict (code) do update set name = excluded.name", [code, name]);
}

export async function createUnit(client: Queryable, id: string, kind: string, name: string, communeCodes: readonly string[]): Promise<void> {
  if (!(UNIT_KINDS as readonly string[]).includes(kind)) throw new Error(`Loại đơn vị phải là một trong: ${UNIT_KINDS.join(", ")}.`);
  if (kind !== "province" && communeCodes.length === 0) throw new Error("Đơn vị cấp xã / Đồn Biên phòng cần ít nhất một mã xã.");
  await client.query("insert into units (id, kind, name) values ($1, $2, $3)", [id, kind, name]);
  for (const code of communeCodes) await client.query("insert into unit_communes (unit_id, commune_code) values ($1, $2)", [id, code]);
}

export interface CreatedUser {
  id: string;
  totpSecret: string;
  otpauthUri: string;
}

/** `secretKey`: the server key the TOTP secret is encrypted with (null stores it plain — tests and legacy only). */
export async function createUser(client: Queryable, username: string, password: string, unitId: string, role: string, fullName = "", secretKey: Buffer | null = null): Promise<CreatedUser> {
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Vai trò phải là một trong: ${ROLES.join(", ")}.`);
  if (password.length < 12) throw new Error("Mật khẩu phải có ít nhất 12 ký tự.");
  const totpSecret = encodeBase32(randomBytes(20));
  const { rows } = await client.query<{ id: string }>(
    "insert into users (username, full_name, unit_id, role, password_hash, totp_secret) values ($1, $2, $3, $4, $5, $6) returning id",
    [username.toLowerCase(), fullName, unitId, role, await hashPassword(password), secretKey ? encryptSecret(secretKey, totpSecret, username.toLowerCase()) : totpSecret],
  );
  return { id: rows[0].id, totpSecret, otpauthUri: otpauthUri(totpSecret, username.toLowerCase()) };
}
