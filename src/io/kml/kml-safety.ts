// KML can carry scripts (in balloon HTML) and links the viewer would fetch
// (NetworkLink, Icon/Link href, <img src>). This app never fetches anything
// outside the device, so such files are refused before parsing, with what was
// found and on which line; nothing is imported.

import { lineOf } from "./parse-xml";

const UNSAFE_PATTERNS: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: "mã lệnh <script>" },
  { pattern: /javascript\s*:/i, what: "liên kết javascript:" },
  { pattern: /\bon(load|error|click|mouseover)\s*=/i, what: "thuộc tính sự kiện HTML (onload/onclick…)" },
  { pattern: /<\s*(kml:)?NetworkLink\b/i, what: "NetworkLink (tải dữ liệu từ máy chủ ngoài)" },
  { pattern: /<\s*(kml:)?href\s*>\s*(https?|ftp|file)\s*:/i, what: "đường dẫn ngoài trong <href>" },
  { pattern: /\b(href|src)\s*=\s*["']?\s*(https?|ftp|file)\s*:/i, what: "liên kết/ảnh từ địa chỉ ngoài (href/src)" },
  { pattern: /&lt;\s*script\b/i, what: "mã lệnh <script> (trong mô tả)" },
  { pattern: /\b(href|src)\s*=\s*(&quot;|&#34;)?\s*(https?|ftp|file)\s*:/i, what: "liên kết/ảnh từ địa chỉ ngoài (trong mô tả)" },
];

export interface UnsafeFinding {
  what: string;
  line: number;
}

export function findUnsafeKmlContent(text: string): UnsafeFinding[] {
  const findings: UnsafeFinding[] = [];
  for (const { pattern, what } of UNSAFE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) findings.push({ what, line: lineOf(text, match.index) });
  }
  return findings.sort((a, b) => a.line - b.line);
}

export function unsafeKmlMessage(fileName: string, findings: readonly UnsafeFinding[]): string {
  const list = findings.map((finding) => `${finding.what} (dòng ${finding.line})`).join("; ");
  return `Không nhập tệp KML “${fileName}”: tệp chứa ${list}. Ứng dụng không chạy mã lệnh và không tải gì từ bên ngoài; hãy xóa các phần này rồi nhập lại. Chưa có dữ liệu nào được thay đổi.`;
}
