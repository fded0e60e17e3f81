// Turns valibot issues into one Vietnamese sentence naming the record (its
// kind and id) and the field path, e.g.
//   Kế hoạch diễn tập “bad-drill-1”: trường “forces” bị thiếu.
// Library wording (English) never reaches the user: each issue type has its
// own Vietnamese phrase, unknown ones a generic "không hợp lệ".

import type * as v from "valibot";

type Issue = v.BaseIssue<unknown>;

const PHRASES: Record<string, string> = {
  object: "phải là một đối tượng",
  array: "phải là một danh sách",
  string: "phải là chuỗi chữ",
  number: "phải là một số",
  boolean: "phải là đúng hoặc sai",
  null: "phải để trống",
  nullable: "không hợp lệ",
  picklist: "không thuộc các giá trị được phép",
  literal: "không đúng giá trị quy định",
  variant: "không đúng loại",
  union: "không đúng kiểu nào được phép",
  tuple: "phải là một bộ giá trị",
  finite: "phải là số hữu hạn",
  integer: "phải là số nguyên",
  min_value: "nhỏ hơn giá trị cho phép",
  max_value: "lớn hơn giá trị cho phép",
  min_length: "quá ngắn hoặc thiếu phần tử",
  max_length: "quá dài (vượt giới hạn)",
  iso_timestamp: "không phải thời điểm theo ISO 8601 (ví dụ 2026-01-01T07:00:00Z)",
  iso_date: "không phải ngày dạng NNNN-TT-NN",
  iso_time: "không phải giờ dạng GG:PP",
  regex: "sai định dạng",
  check: "không hợp lệ",
};

const CHECK_PHRASES: Record<string, string> = {
  invalid_time: "không phải ngày giờ có thật",
  ring_not_closed: "vòng đa giác không khép kín (điểm đầu khác điểm cuối)",
};

type PathItem = { key: unknown };

/** "forces[0].name" from a path; "" for the record itself. */
export function formatPath(path: readonly PathItem[]): string {
  let text = "";
  for (const item of path) {
    if (typeof item.key === "number") text += `[${item.key}]`;
    else text += text === "" ? String(item.key) : `.${String(item.key)}`;
  }
  return text;
}

function phraseOf(issue: Issue, path: readonly PathItem[]): string {
  if (issue.input === undefined && path.length > 0) return "bị thiếu";
  if (issue.type === "check") return CHECK_PHRASES[issue.message] ?? PHRASES.check;
  return PHRASES[issue.type] ?? "không hợp lệ";
}

/**
 * A union/variant keeps its branches' issues in `issues`, with paths relative
 * to the union's own input: follow the deepest one and join the paths, so the
 * message points at "elements[0].geometry.coordinates[1]", not at "[1]".
 */
function deepest(issue: Issue, prefix: readonly PathItem[] = []): { issue: Issue; path: PathItem[] } {
  const own = [...prefix, ...((issue.path ?? []) as PathItem[])];
  const nested = (issue as { issues?: Issue[] }).issues;
  if (!nested || nested.length === 0) return { issue, path: own };
  const outer = (issue.path ?? []).length;
  return nested
    .map((inner) => {
      // Nested paths are either relative (shorter) or already absolute (start with the outer path).
      const absolute = (inner.path ?? []).length > outer && (issue.path ?? []).every((item, index) => inner.path?.[index]?.key === item.key);
      return deepest(inner, absolute ? prefix : own);
    })
    .reduce((best, candidate) => (candidate.path.length > best.path.length ? candidate : best));
}

export interface RecordIdentity {
  /** Vietnamese kind, capitalised as it starts the sentence: "Kế hoạch diễn tập". */
  kind: string;
  /** The record's id if it has a readable one. */
  id?: unknown;
}

export function describeRecord(identity: RecordIdentity): string {
  const id = typeof identity.id === "string" && identity.id !== "" ? ` “${identity.id.slice(0, 80)}”` : "";
  return `${identity.kind}${id}`;
}

export function schemaIssueMessage(identity: RecordIdentity, issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const inner = deepest(issue);
    const path = formatPath(inner.path);
    const subject = path ? `trường “${path}”` : "bản ghi";
    return `${subject} ${phraseOf(inner.issue, inner.path)}`;
  });
  const more = issues.length > 3 ? ` (và ${issues.length - 3} lỗi khác)` : "";
  return `${describeRecord(identity)}: ${shown.join("; ")}${more}.`;
}
