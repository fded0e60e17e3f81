// The classification mark (độ mật) every record and layer carries, as on
// state documents (DOMAIN.md §7): Thường (no mark), Mật, Tối mật. The field is
// optional everywhere: a record stored before marks existed is "thuong".
// "Tuyệt mật" exists on paper but has no place on a commune device: the app
// neither offers nor accepts it.
//
// What each mark means for the data leaving the device:
//   thuong  — exported as it is;
//   mat     — exported only inside an encrypted package (io/package/encrypted-package.ts);
//             GIS files and prints carry the mark;
//   toi-mat — never leaves the device: exports and prints leave it out and say so.

export type Classification = "thuong" | "mat" | "toi-mat";

export const CLASSIFICATIONS: readonly { id: Classification; label: string; mark: string }[] = [
  { id: "thuong", label: "Thường", mark: "" },
  { id: "mat", label: "Mật", mark: "MẬT" },
  { id: "toi-mat", label: "Tối mật", mark: "TỐI MẬT" },
];

const RANK: Record<Classification, number> = { thuong: 0, mat: 1, "toi-mat": 2 };

export function isClassification(value: unknown): value is Classification {
  return value === "thuong" || value === "mat" || value === "toi-mat";
}

/** An absent or unknown mark reads as Thường (records from before marks). */
export function classificationOf(value: { classification?: unknown } | null | undefined): Classification {
  const mark = value?.classification;
  return isClassification(mark) ? mark : "thuong";
}

export function classificationLabel(classification: Classification): string {
  return CLASSIFICATIONS.find((entry) => entry.id === classification)!.label;
}

/** The stamp printed or shown: "MẬT", "TỐI MẬT", or "" for Thường. */
export function classificationMark(classification: Classification): string {
  return CLASSIFICATIONS.find((entry) => entry.id === classification)!.mark;
}

/** The highest mark of a set (a sheet, a package): Thường when empty. */
export function highestClassification(marks: Iterable<Classification>): Classification {
  let highest: Classification = "thuong";
  for (const mark of marks) if (RANK[mark] > RANK[highest]) highest = mark;
  return highest;
}

export function mayLeaveDevice(classification: Classification): boolean {
  return classification !== "toi-mat";
}

export function needsEncryption(classification: Classification): boolean {
  return classification === "mat";
}

/** The sentence every export says when it left Tối mật data out (count > 0). */
export function topSecretLeftOutMessage(count: number, what = "đối tượng"): string {
  return `${count.toLocaleString("vi-VN")} ${what} Tối mật không được xuất khỏi thiết bị (đã bỏ ra).`;
}

/** Splits what may leave the device from what may not. */
export function withoutTopSecret<T>(items: readonly T[], markOf: (item: T) => Classification): { kept: T[]; leftOut: number } {
  const kept = items.filter((item) => mayLeaveDevice(markOf(item)));
  return { kept, leftOut: items.length - kept.length };
}
