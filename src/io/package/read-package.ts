// Opens an exchange package and checks it before anything is used: a
// manifest of a known format and version that passes its schema, every
// listed file present with its SHA-256, every layer valid GeoJSON with
// unique ids, and every record valid against its stored type's schema
// (io/schemas/). Any failure is one Vietnamese message naming the file,
// record and field, and no content (so nothing gets imported).

import { strFromU8 } from "fflate";
import * as v from "valibot";
import { packageManifestSchema } from "../schemas/package-manifest.schema";
import { schemaIssueMessage } from "../schemas/schema-issue-message";
import { validateRecordList } from "../schemas/validate-exchange-records";
import { validateGeoJsonValue } from "../validate-geojson";
import { MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_VERSION, type ExchangeContent, type PackageManifest } from "./package-manifest";
import { sha256Hex } from "./sha256";

export type PackageReadResult = { ok: true; manifest: PackageManifest; content: ExchangeContent } | { ok: false; message: string };

export const UNCHANGED = "Chưa có dữ liệu nào được thay đổi.";

function fail(message: string): PackageReadResult {
  return { ok: false, message: `${message} ${UNCHANGED}` };
}

export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

export function isExchangeManifest(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format === PACKAGE_FORMAT;
}

export function isExchangePackage(entries: Record<string, Uint8Array>): boolean {
  return MANIFEST_PATH in entries && isExchangeManifest(parseJson(entries[MANIFEST_PATH]));
}

/** The manifest checked against its schema; the version first, so a newer package says so. */
export function checkManifest(value: unknown, fileName: string): { ok: true; manifest: PackageManifest } | { ok: false; message: string } {
  if (!isExchangeManifest(value)) return { ok: false, message: `Tệp “${fileName}”: ${MANIFEST_PATH} không đúng định dạng gói trao đổi. ${UNCHANGED}` };
  const version = (value as { version?: unknown }).version;
  if (typeof version === "number" && version > PACKAGE_VERSION) {
    return {
      ok: false,
      message: `Gói “${fileName}” được tạo bởi phiên bản ứng dụng mới hơn (định dạng gói phiên bản ${version}, ứng dụng này đọc được đến phiên bản ${PACKAGE_VERSION}). Hãy cập nhật ứng dụng rồi nhập lại. ${UNCHANGED}`,
    };
  }
  if (typeof version !== "number") {
    return { ok: false, message: `Gói “${fileName}”: phiên bản định dạng gói trong ${MANIFEST_PATH} phải là một số (đang là ${JSON.stringify(version) ?? "không có"}). ${UNCHANGED}` };
  }
  const parsed = v.safeParse(packageManifestSchema, value);
  if (!parsed.success) return { ok: false, message: `Gói “${fileName}”: ${schemaIssueMessage({ kind: `Tệp kê khai ${MANIFEST_PATH}` }, parsed.issues)} ${UNCHANGED}` };
  return { ok: true, manifest: parsed.output };
}

export async function readExchangePackage(entries: Record<string, Uint8Array>, fileName: string): Promise<PackageReadResult> {
  const manifestBytes = entries[MANIFEST_PATH];
  if (!manifestBytes) return fail(`Tệp “${fileName}” không phải gói trao đổi dữ liệu (thiếu ${MANIFEST_PATH}).`);
  const checked = checkManifest(parseJson(manifestBytes), fileName);
  if (!checked.ok) return { ok: false, message: checked.message };
  const { manifest } = checked;
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
  const layerIds = new Set<string>();
  for (const layer of manifest.layers) {
    // The same layer listed twice would be added twice: one package, one layer per id.
    if (layerIds.has(layer.id)) return fail(`Gói “${fileName}” liệt kê hai lần lớp có mã “${layer.id}”.`);
    layerIds.add(layer.id);
    const validation = validateGeoJsonValue(parseJson(entries[layer.path]), { fileName: layer.path });
    if (!validation.ok || !validation.collection) {
      const first = [...validation.fileProblems, ...validation.problems][0]?.message ?? "không đọc được";
      return fail(`Lớp “${layer.name}” trong gói “${fileName}” không hợp lệ: ${first}.`);
    }
    content.layers.push({
      id: layer.id,
      name: layer.name,
      kind: layer.kind,
      color: layer.color,
      collection: validation.collection,
      ...(layer.classification ? { classification: layer.classification } : {}),
    });
  }
  const kindsSeen = new Set<string>();
  for (const record of manifest.records) {
    if (kindsSeen.has(record.kind)) return fail(`Gói “${fileName}” có hai danh sách cùng loại “${record.kind}”.`);
    kindsSeen.add(record.kind);
    const checkedList = validateRecordList(record.kind, parseJson(entries[record.path]));
    if (!checkedList.ok) return fail(`Tệp “${record.path}” trong gói “${fileName}”: ${checkedList.message}`);
    (content[record.kind] as unknown[]) = checkedList.records;
  }
  for (const attachment of manifest.attachments) {
    const { path, ...meta } = attachment;
    content.attachments.push({ ...meta, bytes: entries[path] });
  }
  return { ok: true, manifest, content };
}
