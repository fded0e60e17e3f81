// What "Nhập dữ liệu" does with a zip: a first pass inflates only the two
// manifests (ours, manifest.json, and a TAK package's MANIFEST/manifest.xml,
// each capped) and lists the entry names; the second pass inflates only what
// the recognised kind needs — an exchange package the files its manifest
// lists (each capped at its listed size, all together at the package cap), a
// TAK package its .cot events, a KMZ its first .kml. Nothing else in the
// archive is ever inflated. An encrypted package (package/encrypted-package.ts)
// is recognised by its clear manifest; only its payload is read, and it is
// opened (decrypt-and-read) only with the passphrase.

import { FILE_SIZE_LIMITS, archiveTooLargeMessage, type FileKind } from "../file-size-limits";
import { MANIFEST_PATH } from "../package/package-manifest";
import { UNCHANGED, checkManifest, isExchangeManifest, parseJson, readExchangePackage, type PackageReadResult } from "../package/read-package";
import { TAK_MANIFEST_PATH } from "../cot/cot-data-package";
import { cappedUnzip, type CappedUnzipResult, type EntryChoice } from "./capped-unzip";
import { isEncryptedManifest, PAYLOAD_PATH } from "../package/encrypted-package";

export type ZipContent =
  | { kind: "package"; read: PackageReadResult }
  /** An encrypted package: its clear manifest (checked when decrypting) and the ciphertext. */
  | { kind: "encrypted"; manifest: unknown; payload: Uint8Array }
  | { kind: "tak"; cotTexts: Uint8Array[] }
  | { kind: "kmz"; kml: Uint8Array }
  | { kind: "refused"; message: string };

function failureMessage(result: Extract<CappedUnzipResult, { ok: false }>, fileName: string, kind: FileKind, limits: Limits): string {
  const capped = result.path === MANIFEST_PATH || result.path === TAK_MANIFEST_PATH ? "manifest" : kind;
  if (result.reason === "too-large") return archiveTooLargeMessage(fileName, capped, limits[capped]);
  if (result.reason === "duplicate") return `Tệp nén “${fileName}” chứa hai mục cùng tên “${result.path}”. ${UNCHANGED}`;
  return `Tệp “${fileName}” không phải tệp nén ZIP đọc được (có thể bị hỏng). ${UNCHANGED}`;
}

type Limits = Record<FileKind, number>;

function inflate(bytes: Uint8Array, fileName: string, kind: FileKind, wanted: EntryChoice, limits: Limits): { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; message: string } {
  const result = cappedUnzip(bytes, { wanted, totalCap: limits[kind] });
  return result.ok ? result : { ok: false, message: failureMessage(result, fileName, kind, limits) };
}

async function readPackage(bytes: Uint8Array, manifestBytes: Uint8Array, fileName: string, limits: Limits): Promise<ZipContent> {
  const checked = checkManifest(parseJson(manifestBytes), fileName);
  if (!checked.ok) return { kind: "package", read: checked };
  const listedSizes = new Map(checked.manifest.files.map((file) => [file.path, file.bytes]));
  // An entry larger than its listed size cannot match its checksum: stop at the listed size.
  const second = inflate(bytes, fileName, "packageUnpacked", (name) => (listedSizes.has(name) ? (listedSizes.get(name) ?? 0) : false), limits);
  if (!second.ok) return { kind: "refused", message: second.message };
  const entries: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const [name, entry] of second.entries) entries[name] = entry;
  entries[MANIFEST_PATH] = manifestBytes;
  return { kind: "package", read: await readExchangePackage(entries, fileName) };
}

/** `limits` is for tests (small caps instead of 200 MB archives). */
export async function readZipFile(bytes: Uint8Array, fileName: string, limits: Limits = FILE_SIZE_LIMITS): Promise<ZipContent> {
  const manifestCap = limits.manifest;
  const first = inflate(bytes, fileName, "manifest", (name) => (name === MANIFEST_PATH || name === TAK_MANIFEST_PATH ? manifestCap : false), limits);
  if (!first.ok) return { kind: "refused", message: first.message };
  const manifest = first.entries.get(MANIFEST_PATH);
  if (manifest && isExchangeManifest(parseJson(manifest))) return readPackage(bytes, manifest, fileName, limits);
  if (manifest && isEncryptedManifest(parseJson(manifest))) {
    const payload = inflate(bytes, fileName, "packageUnpacked", (name) => (name === PAYLOAD_PATH ? limits.packageUnpacked : false), limits);
    if (!payload.ok) return { kind: "refused", message: payload.message };
    const ciphertext = payload.entries.get(PAYLOAD_PATH);
    if (!ciphertext) return { kind: "refused", message: `Gói mã hóa “${fileName}” thiếu phần dữ liệu ${PAYLOAD_PATH}. ${UNCHANGED}` };
    return { kind: "encrypted", manifest: parseJson(manifest), payload: ciphertext };
  }
  if (first.entries.has(TAK_MANIFEST_PATH)) {
    const events = inflate(bytes, fileName, "takUnpacked", (name) => (name.toLowerCase().endsWith(".cot") ? limits.takUnpacked : false), limits);
    if (!events.ok) return { kind: "refused", message: events.message };
    return { kind: "tak", cotTexts: [...events.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, text]) => text) };
  }
  const kmlName = first.names.find((name) => name.toLowerCase().endsWith(".kml"));
  if (kmlName) {
    const kml = inflate(bytes, fileName, "kmzUnpacked", (name) => (name === kmlName ? limits.kmzUnpacked : false), limits);
    if (!kml.ok) return { kind: "refused", message: kml.message };
    const text = kml.entries.get(kmlName);
    if (text) return { kind: "kmz", kml: text };
  }
  return {
    kind: "refused",
    message: `Tệp nén “${fileName}” không phải gói trao đổi dữ liệu (thiếu manifest.json), gói dữ liệu TAK hay KMZ. ${UNCHANGED}`,
  };
}
