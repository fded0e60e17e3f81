// Checks one login attempt: password (Argon2id) AND a fresh TOTP code. Every
// failure counts towards the account lockout; the TOTP step accepted is
// stored so the same code (or an older one) cannot be replayed.

import type { ServerConfig } from "../config";
import type { Queryable } from "../db/user-transaction";
import { decodeBase32 } from "./base32";
import { decryptSecret } from "./secret-box";
import { decoyPasswordHash, verifyPassword } from "./password-hash";
import { matchTotpStep } from "./totp";

export type LoginVerdict =
  | { kind: "ok"; userId: string; unitId: string }
  | { kind: "locked"; userId: string; unitId: string; until: Date }
  | { kind: "failed"; userId: string | null; unitId: string | null; reason: string };

interface UserRow {
  id: string;
  username: string;
  unit_id: string;
  password_hash: string;
  totp_secret: string;
  last_totp_step: string;
  locked_until: Date | null;
}

export async function checkLogin(client: Queryable, config: ServerConfig, username: string, password: string, code: string, nowSeconds = Date.now() / 1000): Promise<LoginVerdict> {
  const { rows } = await client.query<UserRow>(
    "select id, username, unit_id, password_hash, totp_secret, last_totp_step, locked_until from users where username = $1 and not disabled for update",
    [username],
  );
  const user = rows[0];
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password);
    return { kind: "failed", userId: null, unitId: null, reason: "unknown-user" };
  }
  if (user.locked_until && user.locked_until.getTime() > nowSeconds * 1000) {
    return { kind: "locked", userId: user.id, unitId: user.unit_id, until: user.locked_until };
  }
  const passwordOk = await verifyPassword(user.password_hash, password);
  const step = passwordOk ? matchTotpStep(decodeBase32(decryptSecret(config.secretKey, user.totp_secret, user.username)), code, nowSeconds) : null;
  const totpOk = step !== null && step > BigInt(user.last_totp_step);
  if (passwordOk && totpOk) {
    await client.query("update users set failed_logins = 0, locked_until = null, last_totp_step = $2 where id = $1", [user.id, step.toString()]);
    return { kind: "ok", userId: user.id, unitId: user.unit_id };
  }
  await client.query(
    `update users set failed_logins = failed_logins + 1,
       locked_until = case when failed_logins + 1 >= $2 then now() + make_interval(secs => $3) else locked_until end
     where id = $1`,
    [user.id, config.lockoutThreshold, config.lockoutSeconds],
  );
  const reason = !passwordOk ? "wrong-password" : step === null ? "wrong-totp" : "totp-replayed";
  return { kind: "failed", userId: user.id, unitId: user.unit_id, reason };
}
