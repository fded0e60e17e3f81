// The keyring: a random data key wrapped by a passphrase-derived key; a wrong
// passphrase is refused; changing the passphrase re-wraps the same data key
// (data sealed before still opens), and the old passphrase stops working.

import { describe, expect, test } from "vitest";
import { createKeyring, PBKDF2_ITERATIONS, rewrapKeyring, unlockKeyring } from "../../src/store/crypto/keyring";
import { openSealedRecord, sealRecord } from "../../src/store/crypto/record-sealing";

const ITERATIONS = 1_000; // the real 600,000 are checked once below; the rest need not wait for them

describe("device keyring", () => {
  test("a new keyring uses PBKDF2-SHA256 with 600,000 iterations, a 16-byte salt, and a non-extractable key", async () => {
    const { record, key } = await createKeyring("mật khẩu thử nghiệm");
    expect(record).toMatchObject({ format: 1, kdf: "PBKDF2-SHA256", iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.wrappedKey).length).toBe(32 + 16);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: "AES-GCM", length: 256 });
  });

  test("the right passphrase opens what the key sealed; a wrong one gives no key", async () => {
    const { record, key } = await createKeyring("Đồn Biên phòng 487", ITERATIONS);
    const sealed = await sealRecord(key, "incidents", { id: "a", title: "Vụ việc" });
    const unlocked = await unlockKeyring(record, "Đồn Biên phòng 487");
    expect(unlocked).not.toBeNull();
    expect(await openSealedRecord(unlocked!, "incidents", sealed)).toEqual({ id: "a", title: "Vụ việc" });
    expect(await unlockKeyring(record, "Đồn Biên phòng 488")).toBeNull();
  });

  test("a passphrase typed decomposed (NFD) opens a keyring set composed (NFC)", async () => {
    const { record } = await createKeyring("Hương Minh", ITERATIONS);
    expect(await unlockKeyring(record, "Hương Minh".normalize("NFD"))).not.toBeNull();
  });

  test("changing the passphrase re-wraps the same data key with a new salt", async () => {
    const { record, key } = await createKeyring("mật khẩu cũ 1", ITERATIONS);
    const sealed = await sealRecord(key, "incidents", { id: "b", involved: "Nguyễn Văn A" });
    expect(await rewrapKeyring(record, "sai mật khẩu", "mật khẩu mới 2")).toBeNull();
    const rewrapped = await rewrapKeyring(record, "mật khẩu cũ 1", "mật khẩu mới 2");
    expect(rewrapped).not.toBeNull();
    expect(rewrapped!.salt).not.toBe(record.salt);
    expect(rewrapped!.createdAt).toBe(record.createdAt);
    expect(await unlockKeyring(rewrapped!, "mật khẩu cũ 1")).toBeNull();
    const key2 = await unlockKeyring(rewrapped!, "mật khẩu mới 2");
    expect(await openSealedRecord(key2!, "incidents", sealed)).toEqual({ id: "b", involved: "Nguyễn Văn A" });
  });

  test("changing the passphrase keeps the passkey's wrapping of the same data key", async () => {
    const { record } = await createKeyring("mật khẩu cũ", 1_000);
    const passkey = { credentialId: "AQID", prfSalt: "BAUG", wrapIv: "BwgJ", wrappedKey: "CgsM" };
    const rewrapped = await rewrapKeyring({ ...record, passkey }, "mật khẩu cũ", "mật khẩu mới");
    expect(rewrapped?.passkey).toEqual(passkey);
  });

  test("a sealed record opens only in its own table", async () => {
    const { key } = await createKeyring("mật khẩu bảng", ITERATIONS);
    const sealed = await sealRecord(key, "incidents", { id: "c" });
    await expect(openSealedRecord(key, "drills", sealed)).rejects.toThrow();
  });
});
