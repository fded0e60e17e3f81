// Shape checks for records arriving in a package: every record must carry a
// string id, an ISO updatedAt and its revisions list, so merging can compare
// versions. (Field contents are the sender's; the UI shows them as text.)

export interface RevisedRecord {
  id: string;
  updatedAt: string;
  revisions: string[];
}

export function isRevisedRecord(value: unknown): value is RevisedRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === "string" &&
    typeof record.updatedAt === "string" &&
    Array.isArray(record.revisions) &&
    record.revisions.every((revision) => typeof revision === "string")
  );
}

export function isRevisedRecordList(value: unknown): value is RevisedRecord[] {
  return Array.isArray(value) && value.every(isRevisedRecord);
}
