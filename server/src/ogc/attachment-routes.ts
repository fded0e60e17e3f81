// The photo extension the app's outbox uses:
// PUT /collections/{incidents | marker-inspections}/items/{id}/attachments/{attachmentId}
// with the metadata (JSON) or the bytes (image/*), and GET of the same path
// for the bytes. Any other collection has no photos (404). Replays answer the
// stored attachment and change nothing.

import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { notFound, ProblemError } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";
import { isAttachmentOwnerCollection, type AttachmentOwner, type AttachmentOwnerCollection } from "../../../src/domain/attachment-owners";
import { parseAttachmentMetadata, putAttachmentContent, putAttachmentMetadata, readAttachmentContent } from "./attachments.repository";
import { isUuid } from "./item-query";
import { etagOf } from "./item-operations";
import { executeWrite } from "./write-execution";

type AttachmentParams = { collectionId: string; featureId: string; attachmentId: string };
const PATH = "/collections/:collectionId/items/:featureId/attachments/:attachmentId";

function ownerCollection(params: AttachmentParams): AttachmentOwnerCollection {
  if (!isAttachmentOwnerCollection(params.collectionId)) throw notFound("Mục của bộ sưu tập này không có ảnh đính kèm.");
  return params.collectionId;
}

function ids(params: AttachmentParams): { owner: AttachmentOwner; attachmentId: string } {
  const collection = ownerCollection(params);
  if (!isUuid(params.featureId) || !isUuid(params.attachmentId)) throw notFound();
  return { owner: { collection, id: params.featureId.toLowerCase() }, attachmentId: params.attachmentId.toLowerCase() };
}

export function registerAttachmentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.put<{ Params: AttachmentParams }>(PATH, async (request, reply) => {
    const { owner, attachmentId } = ids(request.params);
    const binary = Buffer.isBuffer(request.body);
    const location = `${baseUrl(request, context.config)}/collections/attachments/items/${attachmentId}`;
    return executeWrite(context, request, reply, { action: binary ? "attachment-content" : "attachment", collection: "attachments", itemId: attachmentId }, async (client, actor) => {
      const written = Buffer.isBuffer(request.body)
        ? await putAttachmentContent(client, owner, attachmentId, request.body, String(request.headers["content-type"]).split(";")[0], actor.id)
        : await putAttachmentMetadata(client, owner, attachmentId, parseAttachmentMetadata(request.body, attachmentId, owner), actor.id);
      return { status: written.created ? 201 : 200, etag: etagOf(written.version), location, body: written.feature, itemId: attachmentId, changed: written.changed };
    });
  });

  app.get<{ Params: AttachmentParams }>(PATH, async (request, reply) => {
    const { owner, attachmentId } = ids(request.params);
    const stored = await withUserTransaction(context.pool, requireUserId(request), (client) => readAttachmentContent(client, owner, attachmentId));
    if (!stored) throw notFound("Không tìm thấy ảnh này (hoặc ảnh chưa được tải lên).");
    return reply.header("etag", etagOf(stored.version)).type(stored.type).send(stored.content);
  });

  app.options<{ Params: AttachmentParams }>(PATH, async (request, reply) => {
    ownerCollection(request.params);
    return reply.code(204).header("allow", "GET, HEAD, PUT, OPTIONS").send();
  });
  app.delete<{ Params: AttachmentParams }>(PATH, async (request) => {
    ownerCollection(request.params);
    throw new ProblemError(405, "Method Not Allowed", "Ảnh được xóa cùng mục của nó (vụ việc, lượt kiểm tra cột mốc), không xóa riêng.", { allow: "GET, HEAD, PUT, OPTIONS" });
  });
}
