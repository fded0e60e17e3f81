// The OpenAPI 3.0 description of the API (GET /api), built from the
// collection list so it always matches what the server serves.

import { COLLECTIONS } from "../collections/collection-registry";

const problem = { description: "Lỗi (application/problem+json, detail tiếng Việt)" };
const itemId = { name: "featureId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const ifMatch = { name: "If-Match", in: "header", required: true, schema: { type: "string" }, description: 'Phiên bản đang sửa, ví dụ "3"' };
const idempotency = { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", format: "uuid" } };

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    "/": { get: { summary: "Trang gốc", responses: { "200": { description: "Liên kết" } } } },
    "/conformance": { get: { summary: "Lớp phù hợp", responses: { "200": { description: "conformsTo" } } } },
    "/api": { get: { summary: "Tài liệu OpenAPI", responses: { "200": { description: "OpenAPI 3.0" } } } },
    "/collections": { get: { summary: "Danh sách lớp dữ liệu", responses: { "200": { description: "Collections" }, "401": problem } } },
    "/auth/login": { post: { summary: "Đăng nhập (mật khẩu + mã TOTP)", responses: { "200": { description: "Token" }, "401": problem, "423": problem, "429": problem } } },
    "/auth/refresh": { post: { summary: "Đổi refresh token (xoay vòng)", responses: { "200": { description: "Token" }, "401": problem } } },
    "/sync/changes": { get: { summary: "Thay đổi kể từ con trỏ (đồng bộ)", responses: { "200": { description: "Trang thay đổi" }, "401": problem } } },
  };
  for (const collection of COLLECTIONS) {
    const base = `/collections/${collection.id}`;
    paths[base] = { get: { summary: collection.title, responses: { "200": { description: "Collection" }, "404": problem } } };
    paths[`${base}/items`] = {
      get: {
        summary: `Các mục của ${collection.title}`,
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 10000, default: 100 } },
          { name: "bbox", in: "query", schema: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 6 }, style: "form", explode: false },
          { name: "datetime", in: "query", schema: { type: "string" } },
        ],
        responses: { "200": { description: "GeoJSON FeatureCollection" }, "400": problem },
      },
      post: { summary: "Tạo mục", parameters: [idempotency], responses: { "201": { description: "Đã tạo (Location, ETag)" }, "403": problem, "409": problem, "412": problem, "422": problem } },
      options: { summary: "Các phương thức được phép", responses: { "204": { description: "Allow" } } },
    };
    paths[`${base}/items/{featureId}`] = {
      get: { summary: "Một mục", parameters: [itemId], responses: { "200": { description: "GeoJSON Feature (ETag)" }, "404": problem } },
      put: { summary: "Thay mục", parameters: [itemId, ifMatch, idempotency], responses: { "200": { description: "Đã thay" }, "412": problem, "428": problem } },
      patch: { summary: "Sửa một phần (JSON Merge Patch)", parameters: [itemId, ifMatch, idempotency], responses: { "200": { description: "Đã sửa" }, "412": problem, "428": problem } },
      delete: { summary: "Xóa mềm", parameters: [itemId, ifMatch, idempotency], responses: { "204": { description: "Đã xóa" }, "412": problem, "428": problem } },
      options: { summary: "Các phương thức được phép", parameters: [itemId], responses: { "204": { description: "Allow" } } },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Cơ sở dữ liệu tập trung cấp tỉnh — OGC API – Features", version: "1.0.0" },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths,
  };
}
