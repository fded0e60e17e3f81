// The passkey as a second way to unlock (WebAuthn with the PRF extension):
// the authenticator computes HMAC(its secret for this credential, prfSalt)
// after verifying the user (fingerprint, face, device PIN); HKDF-SHA256 turns
// that output into an AES-GCM key which wraps the same data key as the
// passphrase does. The keyring stores only the credential id, the salt and
// the wrapped key — nothing usable without the authenticator.
// Adding the passkey needs the passphrase (to get a wrappable copy of the data
// key once); unlocking with it does not. The passphrase stays the way back.

import { fromBase64, toBase64, unwrap, type KeyringRecord, type PasskeyWrapping } from "./keyring";

const IV_BYTES = 12;
const HKDF_INFO = new TextEncoder().encode("ban-do-qpan/passkey-wrap/v1");

/** The relying party: this origin's host (localhost in tests, the commune server's name in the field). */
function relyingPartyId(): string {
  return location.hostname;
}

export class PasskeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PasskeyError";
  }
}

/** WebAuthn needs a domain name: an app opened by IP address (http://10.0.0.5/) cannot have passkeys. */
function hostIsDomain(): boolean {
  return !/^[\d.]+$/.test(location.hostname) && !location.hostname.includes(":") && !location.hostname.startsWith("[");
}

/** True when this browser and device can offer a passkey with the PRF extension (a user-verifying platform authenticator). */
export async function passkeyUnlockAvailable(): Promise<boolean> {
  if (typeof PublicKeyCredential === "undefined" || !window.isSecureContext || !hostIsDomain()) return false;
  const capabilities = await (PublicKeyCredential as unknown as { getClientCapabilities?: () => Promise<Record<string, boolean>> }).getClientCapabilities?.().catch(() => undefined);
  if (capabilities && capabilities["extension:prf"] === false) return false;
  return PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false);
}

async function wrappingKey(prfOutput: ArrayBuffer): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", prfOutput, "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info: HKDF_INFO }, material, { name: "AES-GCM", length: 256 }, false, ["wrapKey", "unwrapKey"]);
}

interface PrfResults {
  prf?: { enabled?: boolean; results?: { first?: ArrayBuffer } };
}

/** The passkey's PRF output for `salt`, after the user is verified; a Vietnamese PasskeyError otherwise. */
async function prfOutput(credentialId: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        rpId: relyingPartyId(),
        allowCredentials: [{ type: "public-key", id: credentialId }],
        userVerification: "required",
        timeout: 120_000,
        extensions: { prf: { eval: { first: salt } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch {
    throw new PasskeyError("Không xác thực được bằng passkey (đã hủy, hết thời gian hoặc không nhận ra người dùng).");
  }
  const first = ((credential as PublicKeyCredential | null)?.getClientExtensionResults() as PrfResults | undefined)?.prf?.results?.first;
  if (!first) throw new PasskeyError("Passkey này không cung cấp khóa (thiếu tiện ích PRF), không dùng để mở khóa được.");
  return first;
}

/** Creates a passkey on this device and wraps the data key (opened with `passphrase`) for it; null when the passphrase is wrong. */
export async function addPasskey(record: KeyringRecord, passphrase: string): Promise<KeyringRecord | null> {
  const dataKey = await unwrap(record, passphrase, true);
  if (!dataKey) return null;
  let created: Credential | null;
  try {
    created = await navigator.credentials.create({
      publicKey: {
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        rp: { id: relyingPartyId(), name: "Bản đồ quốc phòng – an ninh xã" },
        user: { id: crypto.getRandomValues(new Uint8Array(16)), name: "thiet-bi", displayName: "Thiết bị này" },
        pubKeyCredParams: [
          { type: "public-key", alg: -7 },
          { type: "public-key", alg: -257 },
        ],
        authenticatorSelection: { authenticatorAttachment: "platform", residentKey: "preferred", userVerification: "required" },
        timeout: 120_000,
        extensions: { prf: {} } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch {
    throw new PasskeyError("Không tạo được passkey (đã hủy, hết thời gian hoặc thiết bị từ chối).");
  }
  const credential = created as PublicKeyCredential | null;
  if (!credential) throw new PasskeyError("Không tạo được passkey.");
  if ((credential.getClientExtensionResults() as PrfResults).prf?.enabled === false) throw new PasskeyError("Thiết bị này tạo được passkey nhưng không hỗ trợ tiện ích PRF, nên không dùng để mở khóa được.");
  const credentialId = new Uint8Array(credential.rawId);
  const salt = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = await crypto.subtle.wrapKey("raw", dataKey, await wrappingKey(await prfOutput(credentialId, salt)), { name: "AES-GCM", iv });
  const passkey: PasskeyWrapping = { credentialId: toBase64(credentialId), prfSalt: toBase64(salt), wrapIv: toBase64(iv), wrappedKey: toBase64(new Uint8Array(wrapped)) };
  return { ...record, passkey, updatedAt: new Date().toISOString() };
}

/** The non-extractable data key, opened by the keyring's passkey. */
export async function unlockWithPasskey(record: KeyringRecord): Promise<CryptoKey> {
  const passkey = record.passkey;
  if (!passkey) throw new PasskeyError("Thiết bị chưa có passkey để mở khóa.");
  const kek = await wrappingKey(await prfOutput(fromBase64(passkey.credentialId), fromBase64(passkey.prfSalt)));
  try {
    return await crypto.subtle.unwrapKey("raw", fromBase64(passkey.wrappedKey), kek, { name: "AES-GCM", iv: fromBase64(passkey.wrapIv) }, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  } catch {
    throw new PasskeyError("Passkey không mở được khóa dữ liệu (passkey khác hoặc đã bị thay).");
  }
}

/** The keyring without its passkey wrapping. */
export function removePasskey(record: KeyringRecord): KeyringRecord {
  const { passkey: _removed, ...rest } = record;
  return { ...rest, updatedAt: new Date().toISOString() };
}
