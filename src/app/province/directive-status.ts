// Where a sent directive stands in each commune it went to: the furthest
// acknowledgement received ("Đã thực hiện" over "Đã nhận") and when.

import type { Directive } from "./province-api";

export interface CommuneDirectiveStatus {
  communeCode: string;
  label: "Chưa nhận" | "Đã nhận" | "Đã thực hiện";
  at: string | null;
}

export function directiveStatuses(directive: Directive): CommuneDirectiveStatus[] {
  const acknowledgements = directive.properties.acknowledgements ?? [];
  return directive.properties.communeCodes.map((communeCode) => {
    const mine = acknowledgements.filter((item) => item.communeCode === communeCode);
    const done = mine.find((item) => item.state === "da-thuc-hien");
    const received = mine.find((item) => item.state === "da-nhan");
    if (done) return { communeCode, label: "Đã thực hiện", at: done.at };
    if (received) return { communeCode, label: "Đã nhận", at: received.at };
    return { communeCode, label: "Chưa nhận", at: null };
  });
}

/** Newest first (createdAt; the server's order otherwise). */
export function newestFirst(directives: readonly Directive[]): Directive[] {
  return [...directives].sort((a, b) => (b.properties.createdAt ?? "").localeCompare(a.properties.createdAt ?? ""));
}
