// TOTP against the RFC 6238 appendix B test vectors (8 digits, SHA-1 /
// SHA-256 / SHA-512), the ±1 step window, and base32 round trips.

import { describe, expect, it } from "vitest";
import { decodeBase32, encodeBase32 } from "../src/auth/base32";
import { matchTotpStep, totp, type TotpAlgorithm } from "../src/auth/totp";

const SECRETS: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};

const VECTORS: [number, TotpAlgorithm, string][] = [
  [59, "sha1", "94287082"], [59, "sha256", "46119246"], [59, "sha512", "90693936"],
  [1111111109, "sha1", "07081804"], [1111111109, "sha256", "68084774"], [1111111109, "sha512", "25091201"],
  [1111111111, "sha1", "14050471"], [1111111111, "sha256", "67062674"], [1111111111, "sha512", "99943326"],
  [1234567890, "sha1", "89005924"], [1234567890, "sha256", "91819424"], [1234567890, "sha512", "93441116"],
  [2000000000, "sha1", "69279037"], [2000000000, "sha256", "90698825"], [2000000000, "sha512", "38618901"],
  [20000000000, "sha1", "65353130"], [20000000000, "sha256", "77737706"], [20000000000, "sha512", "47863826"],
];

describe("RFC 6238", () => {
  it.each(VECTORS)("T = %i with %s gives %s", (time, algorithm, expected) => {
    expect(totp(SECRETS[algorithm], time, { digits: 8, algorithm })).toBe(expected);
  });

  it("accepts the previous, current and next step and nothing further", () => {
    const secret = SECRETS.sha1;
    const now = 1_700_000_000;
    expect(matchTotpStep(secret, totp(secret, now - 30), now)).toBe(BigInt(Math.floor(now / 30) - 1));
    expect(matchTotpStep(secret, totp(secret, now), now)).toBe(BigInt(Math.floor(now / 30)));
    expect(matchTotpStep(secret, totp(secret, now + 30), now)).toBe(BigInt(Math.floor(now / 30) + 1));
    expect(matchTotpStep(secret, totp(secret, now - 90), now)).toBeNull();
    expect(matchTotpStep(secret, "12a456", now)).toBeNull();
  });
});

describe("base32", () => {
  it("encodes the RFC 4648 examples and round-trips random secrets", () => {
    expect(encodeBase32(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(decodeBase32("MZXW6YTBOI").toString()).toBe("foobar");
    const secret = Buffer.from(Array.from({ length: 20 }, (_, index) => (index * 37) % 256));
    expect(decodeBase32(encodeBase32(secret))).toEqual(secret);
  });
});
