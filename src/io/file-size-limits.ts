// Every size limit on files that enter the app, in one place. A file is
// refused from its size before its bytes are read (file.arrayBuffer() only
// after this check), and archives are refused while they inflate, when the
// running total of inflated bytes passes the archive's cap — a 6 MB zip that
// would inflate to 6 GB stops at the cap, not after. The messages state the
// limit, in MB.

import { fileLabel } from "./message-format";
import { formatMegabytes } from "../domain/byte-sizes";

const MB = 1024 * 1024;

export const FILE_SIZE_LIMITS = {
  /** GeoJSON file (read by streaming; the national boundaries are ~150 MB). */
  geojson: 200 * MB,
  /** KML text file. */
  kml: 100 * MB,
  /** GPX track file. */
  gpx: 50 * MB,
  /** A single CoT event file (.cot). */
  cot: 50 * MB,
  /** Any zip as given (exchange package, KMZ, TAK data package), compressed. */
  zipFile: 200 * MB,
  /** Everything an exchange package inflates to, all listed entries together. */
  packageUnpacked: 200 * MB,
  /** manifest.json of an exchange package, and MANIFEST/manifest.xml of a TAK package. */
  manifest: 1 * MB,
  /** Everything a KMZ inflates to (its KML). */
  kmzUnpacked: 100 * MB,
  /** Everything a TAK data package inflates to (its .cot events). */
  takUnpacked: 50 * MB,
} as const;

export type FileKind = keyof typeof FILE_SIZE_LIMITS;

const KIND_LABELS: Record<FileKind, string> = {
  geojson: "tệp GeoJSON",
  kml: "tệp KML",
  gpx: "tệp GPX",
  cot: "tệp CoT",
  zipFile: "tệp nén",
  packageUnpacked: "nội dung giải nén của gói trao đổi",
  manifest: "tệp kê khai (manifest)",
  kmzUnpacked: "nội dung giải nén của KMZ",
  takUnpacked: "nội dung giải nén của gói dữ liệu TAK",
};

const UNCHANGED = "Chưa có dữ liệu nào được thay đổi.";

/** "Tệp “a.gpx” quá lớn (61,2 MB); giới hạn cho tệp GPX là 50 MB. …" */
export function fileTooLargeMessage(fileName: string, kind: FileKind, bytes: number): string {
  return `${fileLabel(fileName)} quá lớn (${formatMegabytes(bytes)}); giới hạn cho ${KIND_LABELS[kind]} là ${formatMegabytes(FILE_SIZE_LIMITS[kind])}. ${UNCHANGED}`;
}

/** The archive passed its cap while inflating: the real total is unknown, only that it exceeds the cap. */
export function archiveTooLargeMessage(fileName: string, kind: FileKind, limit: number = FILE_SIZE_LIMITS[kind]): string {
  return `${fileLabel(fileName)}: ${KIND_LABELS[kind]} vượt quá giới hạn ${formatMegabytes(limit)} (đã dừng giải nén). ${UNCHANGED}`;
}
