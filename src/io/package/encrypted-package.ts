// The encrypted exchange package: what leaves the device when a package holds
// Mật data. The whole clear package (write-package.ts: manifest, layers,
// records, photos) is encrypted as one blob with AES-GCM under a key derived
// from a passphrase the user gives at export (PBKDF2-SHA256, 600,000
// iterations, a random 16-byte salt per package, a random 12-byte IV). The zip
// then holds only:
//   manifest.json — format, version, classification, KDF (salt, iterations), cipher (IV);
//   payload.bin   — the ciphertext (with its 16-byte GCM tag).
// No name, count or record content is readable without the passphrase. The
// clear manifest fields are the cipher's additional data, so changing the
// stated classification (or any other of them) makes decryption fail.
// WebCrypto only (browser, worker and Node 22 alike).

import { strToU8, zipSync } from "fflate";
import type { Classification } from "../../domain/classification";
import { MANIFEST_PATH } from "./package-manifest";

export const ENCRYPTED_PACKAGE_FORMAT = "ban-do-qpan-xa/goi-trao-doi-ma-hoa";
export const ENCRYPTED_PACKAGE_VERSION = 1;
export const PAYLOAD_PATH = "payload.bin";
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** A hostile manifest must not make the importer derive for minutes: iterations outside this range are refused. */
const ITERATION_RANGE = [100_000, 5_000_000] as const;
export const MIN_PASSPHRASE_LENGTH = 8;

export interface EncryptedPackageManifest {
  format: typeof ENCRYPTED_PACKAGE_FORMAT;
  version: number;
  /** The highest mark inside (never "toi-mat": that data does not leave the device). */
  classification: Classification;
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: string };
  cipher: { name: "AES-GCM"; iv: string };
  payload: typeof PAYLOAD_PATH;
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", strToU8(passphrase.normalize("NFC")) as Uint8Array<ArrayBuffer>, "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** The clear fields bound to the ciphertext (additional authenticated data). */
function associatedData(manifest: EncryptedPackageManifest): Uint8Array<ArrayBuffer> {
  const { format, version, classification, kdf, cipher, payload } = manifest;
  return strToU8(JSON.stringify({ format, version, classification, kdf, cipher, payload })) as Uint8Array<ArrayBuffer>;
}

export function passphraseProblem(passphrase: string): string | null {
  return passphrase.length < MIN_PASSPHRASE_LENGTH ? `Mật khẩu gói phải có ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.` : null;
}

/** Encrypts a clear package zip into an encrypted package zip. */
export async function encryptPackage(clearZip: Uint8Array, passphrase: string, classification: Classification, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const manifest: EncryptedPackageManifest = {
    format: ENCRYPTED_PACKAGE_FORMAT,
    version: ENCRYPTED_PACKAGE_VERSION,
    classification,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: toBase64(salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    payload: PAYLOAD_PATH,
  };
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: associatedData(manifest) }, key, clearZip as Uint8Array<ArrayBuffer>));
  // Ciphertext does not compress: stored as it is (level 0).
  return zipSync({ [MANIFEST_PATH]: strToU8(JSON.stringify(manifest, null, 1)), [PAYLOAD_PATH]: [ciphertext, { level: 0 }] });
}

export function isEncryptedManifest(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format === ENCRYPTED_PACKAGE_FORMAT;
}

type Checked = { ok: true; manifest: EncryptedPackageManifest; salt: Uint8Array; iv: Uint8Array } | { ok: false; message: string };

/** The clear manifest checked field by field before any key is derived. */
export function checkEncryptedManifest(value: unknown, fileName: string): Checked {
  const bad = (what: string): Checked => ({ ok: false, message: `Gói mã hóa “${fileName}”: ${what} Chưa có dữ liệu nào được thay đổi.` });
  if (!isEncryptedManifest(value)) return bad("tệp kê khai không đúng định dạng.");
  const manifest = value as EncryptedPackageManifest;
  if (typeof manifest.version !== "number" || manifest.version > ENCRYPTED_PACKAGE_VERSION) {
    return bad(`được tạo bởi phiên bản ứng dụng mới hơn (định dạng ${String(manifest.version)}). Hãy cập nhật ứng dụng rồi nhập lại.`);
  }
  if (manifest.classification !== "mat" && manifest.classification !== "thuong") return bad("độ mật ghi trong gói không hợp lệ.");
  const { kdf, cipher } = manifest;
  if (kdf?.name !== "PBKDF2" || kdf.hash !== "SHA-256" || cipher?.name !== "AES-GCM" || manifest.payload !== PAYLOAD_PATH) return bad("cách mã hóa không được hỗ trợ.");
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < ITERATION_RANGE[0] || kdf.iterations > ITERATION_RANGE[1]) return bad("số vòng tạo khóa nằm ngoài giới hạn cho phép.");
  const salt = typeof kdf.salt === "string" ? fromBase64(kdf.salt) : null;
  const iv = typeof cipher.iv === "string" ? fromBase64(cipher.iv) : null;
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES) return bad("muối hoặc vectơ khởi tạo không đúng độ dài.");
  return { ok: true, manifest, salt, iv };
}

export type DecryptResult = { ok: true; clearZip: Uint8Array } | { ok: false; wrongPassphrase: boolean; message: string };

export const WRONG_PASSPHRASE_MESSAGE = "Mật khẩu gói không đúng (hoặc gói đã bị sửa sau khi xuất): không mở được gói. Chưa có dữ liệu nào được thay đổi.";

/** Decrypts the payload; a wrong passphrase (or a changed byte anywhere) fails the GCM tag check. */
export async function decryptPackage(manifestValue: unknown, payload: Uint8Array, passphrase: string, fileName: string): Promise<DecryptResult> {
  const checked = checkEncryptedManifest(manifestValue, fileName);
  if (!checked.ok) return { ok: false, wrongPassphrase: false, message: checked.message };
  const key = await deriveKey(passphrase, checked.salt, checked.manifest.kdf.iterations);
  try {
    const clear = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: checked.iv as Uint8Array<ArrayBuffer>, additionalData: associatedData(checked.manifest) },
      key,
      payload as Uint8Array<ArrayBuffer>,
    );
    return { ok: true, clearZip: new Uint8Array(clear) };
  } catch {
    return { ok: false, wrongPassphrase: true, message: WRONG_PASSPHRASE_MESSAGE };
  }
}
