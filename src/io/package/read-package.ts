// Opens an exchange package and checks it before anything is used: a
// manifest of a known format and version, every listed file present, and
// every file's SHA-256 as listed. Any failure is one Vietnamese message and
// no content (so nothing gets imported).

import { strFromU8 } from "fflate";
import { validateGeoJsonValue } from "../validate-geojson";
import { MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_VERSION, RECORD_LABELS, type ExchangeContent, type PackageManifest } from "./package-manifest";
import { isRevisedRecordList } from "./record-guards";
import { sha256Hex } from "./sha256";

export type PackageReadResult = { ok: true; manifest: PackageManifest; content: ExchangeContent } | { ok: false; message: string };

const UNCHANGED = "Chưa có dữ liệu nào được thay đổi.";

function fail(message: string): PackageReadResult {
  return { ok: false, message: `${message} ${UNCHANGED}` };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

export function isExchangePackage(entries: Record<string, Uint8Array>): boolean {
  const manifest = entries[MANIFEST_PATH] ? parseJson(entries[MANIFEST_PATH]) : undefined;
  return typeof manifest === "object" && manifest !== null && (manifest as { format?: unknown }).format === PACKAGE_FORMAT;
}

export async function readExchangePackage(entries: Record<string, Uint8Array>, fileName: string): Promise<PackageReadResult> {
  const manifestBytes = entries[MANIFEST_PATH];
  if (!manifestBytes) return fail(`Tệp “${fileName}” không phải gói trao đổi dữ liệu (thiếu ${MANIFEST_PATH}).`);
  const manifest = parseJson(manifestBytes) as PackageManifest | undefined;
  if (!manifest || manifest.format !== PACKAGE_FORMAT) return fail(`Tệp “${fileName}”: ${MANIFEST_PATH} không đúng định dạng gói trao đổi.`);
  if (typeof manifest.version !== "number" || manifest.version > PACKAGE_VERSION) {
    return fail(
      `Gói “${fileName}” được tạo bởi phiên bản ứng dụng mới hơn (định dạng gói phiên bản ${String(manifest.version)}, ứng dụng này đọc được đến phiên bản ${PACKAGE_VERSION}). Hãy cập nhật ứng dụng rồi nhập lại.`,
    );
  }
  if (!Array.isArray(manifest.files) || !Array.isArray(manifest.layers) || !Array.isArray(manifest.records) || !Array.isArray(manifest.attachments)) {
    return fail(`Gói “${fileName}”: ${MANIFEST_PATH} thiếu danh sách tệp.`);
  }
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  for (const file of manifest.files) {
    const bytes = entries[file.path];
    if (!bytes) return fail(`Gói “${fileName}” thiếu tệp “${file.path}” được liệt kê trong ${MANIFEST_PATH}.`);
    if ((await sha256Hex(bytes)) !== file.sha256) {
      return fail(`Tệp “${file.path}” trong gói “${fileName}” sai mã kiểm tra SHA-256: gói đã bị hỏng hoặc bị sửa sau khi xuất.`);
    }
  }
  const referenced = [...manifest.layers.map((layer) => layer.path), ...manifest.records.map((record) => record.path), ...manifest.attachments.map((attachment) => attachment.path)];
  const unlisted = referenced.find((path) => !listed.has(path));
  if (unlisted) return fail(`Gói “${fileName}”: tệp “${unlisted}” không có mã kiểm tra trong ${MANIFEST_PATH}.`);

  const content: ExchangeContent = { layers: [], drills: [], markerInspections: [], patrols: [], attachments: [] };
  for (const layer of manifest.layers) {
    const validation = validateGeoJsonValue(parseJson(entries[layer.path]), { fileName: layer.path });
    if (!validation.ok || !validation.collection) {
      const first = [...validation.fileProblems, ...validation.problems][0]?.message ?? "không đọc được";
      return fail(`Lớp “${layer.name}” trong gói “${fileName}” không hợp lệ: ${first}.`);
    }
    content.layers.push({ id: layer.id, name: layer.name, kind: layer.kind === "built-in" ? "built-in" : "imported", color: layer.color, collection: validation.collection });
  }
  for (const record of manifest.records) {
    const value = parseJson(entries[record.path]);
    if (!isRevisedRecordList(value) || !(record.kind in RECORD_LABELS)) {
      return fail(`Tệp “${record.path}” trong gói “${fileName}” không phải danh sách ${RECORD_LABELS[record.kind] ?? "bản ghi"} hợp lệ.`);
    }
    (content[record.kind] as unknown[]) = value;
  }
  for (const attachment of manifest.attachments) {
    const { path, ...meta } = attachment;
    content.attachments.push({ ...meta, bytes: entries[path] });
  }
  return { ok: true, manifest, content };
}
