// Builds the exchange package zip (fflate) from the chosen content: each file
// is serialised, hashed (SHA-256) and listed in the manifest.

import { strToU8, zipSync, type Zippable } from "fflate";
import {
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type ExchangeContent,
  type ManifestFile,
  type PackageAuthor,
  type PackageManifest,
  type RecordKind,
} from "./package-manifest";
import { sha256Hex } from "./sha256";
import type { Classification } from "../../domain/classification";

export interface PackageHeader {
  createdAt: string;
  createdBy: PackageAuthor;
  commune: string;
  communeCodes?: string[];
  note: string;
  /** The highest độ mật of the content (packageClassification). */
  classification?: Classification;
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 80) || "tep";
}

export async function writeExchangePackage(content: ExchangeContent, header: PackageHeader): Promise<Uint8Array> {
  const files: Zippable = {};
  const listed: ManifestFile[] = [];
  const add = async (path: string, bytes: Uint8Array) => {
    files[path] = bytes;
    listed.push({ path, bytes: bytes.length, sha256: await sha256Hex(bytes) });
  };
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 1));

  const layers: PackageManifest["layers"] = [];
  for (const [index, layer] of content.layers.entries()) {
    const path = `layers/${String(index + 1).padStart(2, "0")}-${safeName(layer.id)}.geojson`;
    await add(path, json(layer.collection));
    layers.push({
      id: layer.id,
      name: layer.name,
      kind: layer.kind,
      color: layer.color,
      path,
      featureCount: layer.collection.features.length,
      ...(layer.classification ? { classification: layer.classification } : {}),
    });
  }
  const records: PackageManifest["records"] = [];
  for (const kind of ["drills", "markerInspections", "patrols"] as RecordKind[]) {
    if (content[kind].length === 0) continue;
    const path = `records/${kind}.json`;
    await add(path, json(content[kind]));
    records.push({ kind, path, count: content[kind].length });
  }
  const attachments: PackageManifest["attachments"] = [];
  for (const attachment of content.attachments) {
    const path = `attachments/${safeName(attachment.id)}-${safeName(attachment.fileName)}`;
    await add(path, attachment.bytes);
    const { bytes: _bytes, ...meta } = attachment;
    attachments.push({ ...meta, path });
  }
  const manifest: PackageManifest = { format: PACKAGE_FORMAT, version: PACKAGE_VERSION, ...header, layers, records, attachments, files: listed };
  files[MANIFEST_PATH] = json(manifest);
  return zipSync(files, { level: 6 });
}
