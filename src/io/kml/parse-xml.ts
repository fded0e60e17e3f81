// Parses an XML exchange file (KML, GPX, CoT) with @xmldom/xmldom, which works
// in workers and Node where the browser's DOMParser does not. Documents with a
// DOCTYPE are refused: entity tricks ("billion laughs", external entities)
// have no place in these formats. Errors come back as Vietnamese text.

import { DOMParser, type Document } from "@xmldom/xmldom";

export type XmlParseResult = { ok: true; document: Document } | { ok: false; message: string };

export function parseXml(text: string, fileLabel: string): XmlParseResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return { ok: false, message: `Tệp ${fileLabel} có khai báo DOCTYPE/ENTITY — không được phép trong tệp trao đổi, đã từ chối để an toàn.` };
  }
  let firstError: string | null = null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") firstError ??= message;
      },
    }).parseFromString(text, "text/xml");
    if (firstError) return { ok: false, message: `Tệp ${fileLabel} không phải XML hợp lệ: ${firstError}` };
    return { ok: true, document };
  } catch (error) {
    return { ok: false, message: `Tệp ${fileLabel} không phải XML hợp lệ: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[character] ?? character);
}

/** Line number (1-based) of a character offset, for "where" in messages. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
