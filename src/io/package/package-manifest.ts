// The exchange package between the commune, the border guard station and the
// province: a zip holding one GeoJSON per layer, the records (drills, marker
// inspections, patrols) as JSON, attachments (photos) as files, and
// manifest.json saying who made it, when, what it holds, and the SHA-256 of
// every other file. Version 1; a reader refuses versions it does not know.
// The độ mật of the package (the highest of its content) and of each layer
// are optional fields (absent in packages from before marks = Thường); a
// package holding Mật data leaves the device only encrypted (encrypted-package.ts).

import type { FeatureCollection } from "geojson";
import type { MarkerInspection } from "../../domain/border-marker-register";
import type { DrillPlan } from "../../domain/drill-plan";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { PhotoCapture } from "../../domain/photo-capture";
import type { Classification } from "../../domain/classification";

export const PACKAGE_FORMAT = "ban-do-qpan-xa/goi-trao-doi";
export const PACKAGE_VERSION = 1;
export const MANIFEST_PATH = "manifest.json";

export type RecordKind = "drills" | "markerInspections" | "patrols";

export const RECORD_LABELS: Record<RecordKind, string> = {
  drills: "kế hoạch diễn tập",
  markerInspections: "lượt kiểm tra cột mốc",
  patrols: "nhật ký tuần tra",
};

export interface PackageLayer {
  /** Built-in layer id, or the sender's imported-layer id. */
  id: string;
  name: string;
  kind: "built-in" | "imported";
  color: string;
  collection: FeatureCollection;
  /** Độ mật of the layer; absent = Thường. */
  classification?: Classification;
}

export interface PackageAttachment {
  id: string;
  ownerId: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** When and where the photo was taken, if recorded. */
  capture?: PhotoCapture;
  updatedAt: string;
}

export interface ExchangeContent {
  layers: PackageLayer[];
  drills: DrillPlan[];
  markerInspections: MarkerInspection[];
  patrols: PatrolRecord[];
  attachments: PackageAttachment[];
}

export interface PackageAuthor {
  name: string;
  unit: string;
}

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  version: number;
  createdAt: string;
  createdBy: PackageAuthor;
  commune: string;
  /** Official codes of the communes the package is about (absent in packages from before workspaces). */
  communeCodes?: string[];
  note: string;
  /** The highest độ mật of what the package holds; absent = Thường. */
  classification?: Classification;
  layers: { id: string; name: string; kind: PackageLayer["kind"]; color: string; path: string; featureCount: number; classification?: Classification }[];
  records: { kind: RecordKind; path: string; count: number }[];
  attachments: { id: string; ownerId: string; fileName: string; mimeType: string; capture?: PhotoCapture; updatedAt: string; path: string }[];
  files: ManifestFile[];
}
