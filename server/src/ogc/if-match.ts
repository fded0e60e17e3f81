// Reads the If-Match precondition of a write. ETags are strong and equal to
// the item's version in quotes ("3"); a weak tag never matches a strong
// comparison, "*" matches whatever version is stored. The app sends its
// outbox entry's baseVersion, quoted or bare.

import { preconditionFailed, preconditionRequired } from "../http/problem";

export type IfMatch = number | "*";

export function requireIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === "") throw preconditionRequired();
  const value = header.trim();
  if (value === "*") return "*";
  const match = /^"?(\d{1,9})"?$/.exec(value);
  if (!match) throw preconditionFailed("Tiêu đề If-Match không khớp phiên bản nào của mục.");
  return Number(match[1]);
}
