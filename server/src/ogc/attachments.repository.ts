// Photos of incidents and marker inspections (table `attachments`): metadata
// as the app's outbox sends it, and the binary content, each written as the
// current user. A new attachment takes its commune(s) and sharing from its
// owner item, so it is visible exactly where the owner is; an owner this user
// may not see does not exist (404).

import type { Queryable } from "../db/user-transaction";
import type { AttachmentOwner, AttachmentOwnerCollection } from "../../../src/domain/attachment-owners";
import { notFound, unprocessable } from "../http/problem";
import { ATTACHMENT_JSON } from "./feature-sql";
import { parsePhotoCapture } from "./photo-capture-input";
import type { PhotoCapture } from "../../../src/domain/photo-capture";

export interface AttachmentMetadataInput {
  fileName: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  capture: PhotoCapture | null;
}

export interface AttachmentWrite {
  version: number;
  feature: string;
  created: boolean;
  changed: boolean;
}

const OWNER_NOT_FOUND: Record<AttachmentOwnerCollection, string> = {
  incidents: "Không tìm thấy vụ việc của ảnh này.",
  "marker-inspections": "Không tìm thấy lượt kiểm tra cột mốc của ảnh này.",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseAttachmentMetadata(body: unknown, attachmentId: string, owner: AttachmentOwner): AttachmentMetadataInput {
  if (!isRecord(body)) throw unprocessable("Thông tin ảnh phải là một đối tượng JSON.");
  if (body.id !== undefined && String(body.id).toLowerCase() !== attachmentId) throw unprocessable("Mã ảnh trong nội dung khác mã trên đường dẫn.");
  const ownerId = body.ownerId ?? body.incidentId;
  if (ownerId !== undefined && String(ownerId).toLowerCase() !== owner.id) throw unprocessable("Ảnh không thuộc mục trên đường dẫn.");
  const dimension = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null);
  if (typeof body.fileName !== "string" || typeof body.type !== "string" || !/^image\/[a-z0-9.+-]+$/.test(body.type)) {
    throw unprocessable("Ảnh cần tên tệp (fileName) và kiểu ảnh (type, ví dụ image/jpeg).");
  }
  const size = typeof body.size === "number" && Number.isInteger(body.size) && body.size >= 0 ? body.size : 0;
  return { fileName: body.fileName.slice(0, 255), type: body.type, size, width: dimension(body.width), height: dimension(body.height), capture: parsePhotoCapture(body.capture) };
}

const captureJson = (metadata: AttachmentMetadataInput): string | null => (metadata.capture ? JSON.stringify(metadata.capture) : null);

async function readJson(client: Queryable, id: string): Promise<string> {
  const { rows } = await client.query<{ feature: string }>(`select ${ATTACHMENT_JSON} as feature from attachments where id = $1`, [id]);
  return rows[0].feature;
}

/** Creates the attachment, or answers the stored one when the same metadata arrives again. */
export async function putAttachmentMetadata(client: Queryable, owner: AttachmentOwner, id: string, metadata: AttachmentMetadataInput, userId: string): Promise<AttachmentWrite> {
  const { rows: existing } = await client.query<{ version: number; same: boolean }>(
    `select version, (file_name, media_type, width, height, capture) is not distinct from ($2, $3, $4::int, $5::int, $8::jsonb) as same
     from attachments where id = $1 and incident_id = $6 and owner_collection = $7`,
    [id, metadata.fileName, metadata.type, metadata.width, metadata.height, owner.id, owner.collection, captureJson(metadata)],
  );
  if (existing[0]) {
    if (!existing[0].same) throw unprocessable("Ảnh này đã có trên máy chủ với thông tin khác.");
    return { version: existing[0].version, feature: await readJson(client, id), created: false, changed: false };
  }
  const { rows } = await client.query<{ version: number; feature: string }>(
    `insert into attachments (id, incident_id, owner_collection, file_name, media_type, size, width, height, capture, commune_codes, owner_unit_id, shared_with_border_station, updated_by)
     select $1, features.id, features.collection, $3, $4, $5, $6, $7, $10::jsonb, features.commune_codes, (select app.ctx_unit_id()), features.shared_with_border_station, $8
     from features where features.id = $2 and features.collection = $9
     returning version, ${ATTACHMENT_JSON} as feature`,
    [id, owner.id, metadata.fileName, metadata.type, metadata.size, metadata.width, metadata.height, userId, owner.collection, captureJson(metadata)],
  );
  if (!rows[0]) throw notFound(OWNER_NOT_FOUND[owner.collection]);
  return { version: rows[0].version, feature: rows[0].feature, created: true, changed: true };
}

/** Stores the photo bytes (creating the attachment from the upload when its metadata has not arrived yet). */
export async function putAttachmentContent(client: Queryable, owner: AttachmentOwner, id: string, content: Buffer, mediaType: string, userId: string): Promise<AttachmentWrite> {
  const { rows: existing } = await client.query<{ same: boolean }>(
    "select content is not null and content = $2 as same from attachments where id = $1 and incident_id = $3 and owner_collection = $4",
    [id, content, owner.id, owner.collection],
  );
  if (!existing[0]) {
    await putAttachmentMetadata(client, owner, id, { fileName: "", type: mediaType, size: content.length, width: null, height: null, capture: null }, userId);
  } else if (existing[0].same) {
    const { rows } = await client.query<{ version: number }>("select version from attachments where id = $1", [id]);
    return { version: rows[0].version, feature: await readJson(client, id), created: false, changed: false };
  }
  const { rows } = await client.query<{ version: number; feature: string }>(
    `update attachments set content = $2, size = $3, media_type = $4, updated_by = $5, version = version + ${existing[0] ? 1 : 0}
     where id = $1 returning version, ${ATTACHMENT_JSON} as feature`,
    [id, content, content.length, mediaType, userId],
  );
  return { version: rows[0].version, feature: rows[0].feature, created: !existing[0], changed: true };
}

export async function readAttachmentContent(client: Queryable, owner: AttachmentOwner, id: string): Promise<{ content: Buffer; type: string; version: number } | null> {
  const { rows } = await client.query<{ content: Buffer | null; type: string; version: number }>(
    "select content, media_type as type, version from attachments where id = $1 and incident_id = $2 and owner_collection = $3 and deleted_at is null",
    [id, owner.id, owner.collection],
  );
  const row = rows[0];
  return row?.content ? { content: row.content, type: row.type, version: row.version } : null;
}
