// The photo extension the app's outbox uses:
// PUT /collections/incidents/items/{id}/attachments/{attachmentId} with the
// metadata (JSON) or the bytes (image/*), and GET of the same path for the
// bytes. Replays answer the stored attachment and change nothing.

import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { notFound, ProblemError } from "../http/problem";
import { baseUrl, requireUserId, type ServerContext } from "../http/request-context";
import { INCIDENT_COLLECTION } from "../../../src/domain/incident-ogc-feature";
import { parseAttachmentMetadata, putAttachmentContent, putAttachmentMetadata, readAttachmentContent } from "./attachments.repository";
import { isUuid } from "./item-query";
import { etagOf } from "./item-operations";
import { executeWrite } from "./write-execution";

type AttachmentParams = { featureId: string; attachmentId: string };
const PATH = `/collections/${INCIDENT_COLLECTION}/items/:featureId/attachments/:attachmentId`;

function ids(params: AttachmentParams): { incidentId: string; attachmentId: string } {
  if (!isUuid(params.featureId) || !isUuid(params.attachmentId)) throw notFound();
  return { incidentId: params.featureId.toLowerCase(), attachmentId: params.attachmentId.toLowerCase() };
}

export function registerAttachmentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.put<{ Params: AttachmentParams }>(PATH, async (request, reply) => {
    const { incidentId, attachmentId } = ids(request.params);
    const binary = Buffer.isBuffer(request.body);
    const location = `${baseUrl(request, context.config)}/collections/attachments/items/${attachmentId}`;
    return executeWrite(context, request, reply, { action: binary ? "attachment-content" : "attachment", collection: "attachments", itemId: attachmentId }, async (client, actor) => {
      const written = Buffer.isBuffer(request.body)
        ? await putAttachmentContent(client, incidentId, attachmentId, request.body, String(request.headers["content-type"]).split(";")[0], actor.id)
        : await putAttachmentMetadata(client, incidentId, attachmentId, parseAttachmentMetadata(request.body, attachmentId, incidentId), actor.id);
      return { status: written.created ? 201 : 200, etag: etagOf(written.version), location, body: written.feature, itemId: attachmentId, changed: written.changed };
    });
  });

  app.get<{ Params: AttachmentParams }>(PATH, async (request, reply) => {
    const { incidentId, attachmentId } = ids(request.params);
    const stored = await withUserTransaction(context.pool, requireUserId(request), (client) => readAttachmentContent(client, incidentId, attachmentId));
    if (!stored) throw notFound("Không tìm thấy ảnh này (hoặc ảnh chưa được tải lên).");
    return reply.header("etag", etagOf(stored.version)).type(stored.type).send(stored.content);
  });

  app.options<{ Params: AttachmentParams }>(PATH, async (_request, reply) => reply.code(204).header("allow", "GET, HEAD, PUT, OPTIONS").send());
  app.delete(PATH, async () => {
    throw new ProblemError(405, "Method Not Allowed", "Ảnh được xóa cùng vụ việc, không xóa riêng.", { allow: "GET, HEAD, PUT, OPTIONS" });
  });
}
