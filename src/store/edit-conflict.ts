// Optimistic concurrency for local edits (two tabs of one profile, later the
// server): a save carries the version its form was opened on; when the stored
// version is newer, the save is refused with an EditConflictError carrying
// both sides — what is stored now and what the user tried to save — so the
// UI can show both and let the user choose. Never a silent overwrite.

export type ConflictEntity = "incident" | "drill" | "marker-inspection" | "patrol" | "workspace-feature";

const ENTITY_LABELS: Record<ConflictEntity, string> = {
  incident: "Vụ việc",
  drill: "Kế hoạch diễn tập",
  "marker-inspection": "Lượt kiểm tra cột mốc",
  patrol: "Nhật ký tuần tra",
  "workspace-feature": "Đối tượng",
};

export interface EditConflict<TStored, TAttempted> {
  entity: ConflictEntity;
  id: string;
  /** The record as stored now (newer than what the form was opened on). */
  stored: TStored;
  /** What the user tried to save. */
  attempted: TAttempted;
  /** Version (incidents: number; revised records: updatedAt) the form was opened on. */
  baseVersion: number | string;
  storedVersion: number | string;
  /** Fields whose stored value differs from the attempted one. */
  fields: string[];
}

export function conflictMessage(entity: ConflictEntity, title: string): string {
  return (
    `${ENTITY_LABELS[entity]} “${title}” vừa được sửa ở nơi khác (tab hoặc thiết bị khác) sau khi bạn mở để sửa. ` +
    "Chưa lưu gì: hãy xem hai bản và chọn giữ bản nào."
  );
}

/** Fields of `attempted` whose value differs from `stored` (compared as JSON). */
export function differingFields(stored: object, attempted: object): string[] {
  const storedRecord = stored as Record<string, unknown>;
  return Object.keys(attempted).filter(
    (key) => Object.hasOwn(storedRecord, key) && JSON.stringify(storedRecord[key]) !== JSON.stringify((attempted as Record<string, unknown>)[key]),
  );
}

export class EditConflictError<TStored = unknown, TAttempted = unknown> extends Error implements EditConflict<TStored, TAttempted> {
  readonly entity: ConflictEntity;
  readonly id: string;
  readonly stored: TStored;
  readonly attempted: TAttempted;
  readonly baseVersion: number | string;
  readonly storedVersion: number | string;
  readonly fields: string[];

  constructor(conflict: EditConflict<TStored, TAttempted>, title: string) {
    super(conflictMessage(conflict.entity, title));
    this.name = "EditConflictError";
    this.entity = conflict.entity;
    this.id = conflict.id;
    this.stored = conflict.stored;
    this.attempted = conflict.attempted;
    this.baseVersion = conflict.baseVersion;
    this.storedVersion = conflict.storedVersion;
    this.fields = conflict.fields;
  }
}

export function isEditConflict(error: unknown): error is EditConflictError {
  return error instanceof EditConflictError;
}
