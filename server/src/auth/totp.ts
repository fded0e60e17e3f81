// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): 30-second
// steps, 6 digits, HMAC-SHA1 by default (what authenticator apps use).
// Verification accepts the current step ±1 for clock drift and returns the
// matched step, so the caller can refuse any step not newer than the last
// accepted one (a code works once only).

import { createHmac, timingSafeEqual } from "node:crypto";

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

export interface TotpOptions {
  digits?: number;
  stepSeconds?: number;
  algorithm?: TotpAlgorithm;
}

export function hotp(secret: Buffer, counter: bigint, digits = 6, algorithm: TotpAlgorithm = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const digest = createHmac(algorithm, secret).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, "0");
}

export function totpStep(unixSeconds: number, stepSeconds = 30): bigint {
  return BigInt(Math.floor(unixSeconds / stepSeconds));
}

export function totp(secret: Buffer, unixSeconds: number, options: TotpOptions = {}): string {
  return hotp(secret, totpStep(unixSeconds, options.stepSeconds), options.digits, options.algorithm);
}

/** The step the code matches within ±1 step of `unixSeconds`, or null. */
export function matchTotpStep(secret: Buffer, code: string, unixSeconds: number, options: TotpOptions = {}): bigint | null {
  const digits = options.digits ?? 6;
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return null;
  const current = totpStep(unixSeconds, options.stepSeconds);
  for (const step of [current - 1n, current, current + 1n]) {
    const expected = hotp(secret, step, digits, options.algorithm);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code))) return step;
  }
  return null;
}

export function otpauthUri(secretBase32: string, username: string, issuer = "Ban do xa"): string {
  const label = encodeURIComponent(`${issuer}:${username}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
