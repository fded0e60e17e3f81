// The OpenAPI 3.0 description of the API (GET /api), built from the
// collection list so it always matches what the server serves.

import { COLLECTIONS } from "../collections/collection-registry";

const problem = { description: "Lỗi (application/problem+json, detail tiếng Việt)" };
const itemId = { name: "featureId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const ifMatch = { name: "If-Match", in: "header", required: true, schema: { type: "string" }, description: 'Phiên bản đang sửa, ví dụ "3"' };
const deviceHeader = { name: "X-Device-Id", in: "header", required: false, schema: { type: "string", format: "uuid" }, description: "Mã thiết bị (theo dõi lần đồng bộ cuối)" };
const directiveId = { name: "directiveId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const idempotency = { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", format: "uuid" } };

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    "/": { get: { summary: "Trang gốc", responses: { "200": { description: "Liên kết" } } } },
    "/conformance": { get: { summary: "Lớp phù hợp", responses: { "200": { description: "conformsTo" } } } },
    "/api": { get: { summary: "Tài liệu OpenAPI", responses: { "200": { description: "OpenAPI 3.0" } } } },
    "/collections": { get: { summary: "Danh sách lớp dữ liệu", responses: { "200": { description: "Collections" }, "401": problem } } },
    "/auth/login": { post: { summary: "Đăng nhập (mật khẩu + mã TOTP)", responses: { "200": { description: "Token" }, "401": problem, "423": problem, "429": problem } } },
    "/auth/refresh": { post: { summary: "Đổi refresh token (xoay vòng)", responses: { "200": { description: "Token" }, "401": problem } } },
    "/sync/changes": {
      get: {
        summary: "Thay đổi kể từ con trỏ (đồng bộ): mục, ảnh, chỉ đạo, cảnh báo",
        parameters: [
          { name: "since", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 10000, default: 1000 } },
          deviceHeader,
        ],
        responses: { "200": { description: "{changes:[{collection, feature}], nextCursor, more}" }, "401": problem },
      },
    },
    "/sync/outbox": {
      post: { summary: "Gửi tối đa 1.000 mục hàng đợi, trạng thái từng mục", parameters: [deviceHeader], responses: { "200": { description: "{results:[{id, status, etag?, detail?}]}" }, "400": problem, "403": problem } },
    },
    "/sync/events": {
      get: {
        summary: "Đẩy trực tiếp (text/event-stream): event changes {cursor}, event alert <Feature>, : ping mỗi 15 s",
        parameters: [deviceHeader],
        responses: { "200": { description: "text/event-stream" }, "401": problem },
      },
    },
    "/auth/me": { get: { summary: "Tài khoản hiện tại: đơn vị, loại đơn vị, vai trò, các xã", responses: { "200": { description: "{id, username, displayName?, unitId, unitName, unitKind, role, communeCodes}" }, "401": problem } } },
    "/auth/logout": { post: { summary: "Thu hồi họ refresh token", responses: { "204": { description: "Đã đăng xuất" } } } },
    "/directives": {
      get: { summary: "Chỉ đạo (tỉnh: tất cả; xã, Đồn Biên phòng: gửi tới xã của mình)", responses: { "200": { description: "GeoJSON FeatureCollection" }, "401": problem } },
      post: { summary: "Gửi chỉ đạo (biên tập cấp tỉnh)", responses: { "201": { description: "Đã tạo (Location)" }, "200": { description: "Đã có (gửi lại cùng id)" }, "403": problem, "409": problem, "422": problem } },
    },
    "/directives/{directiveId}": { get: { summary: "Một chỉ đạo với các xác nhận", parameters: [directiveId], responses: { "200": { description: "GeoJSON Feature" }, "404": problem } } },
    "/directives/{directiveId}/acknowledgements": {
      post: {
        summary: 'Xác nhận của xã: {state: "da-nhan" | "da-thuc-hien", communeCode?}',
        parameters: [directiveId],
        responses: { "201": { description: "Đã ghi" }, "200": { description: "Đã có (không đổi)" }, "403": problem, "404": problem, "422": problem },
      },
    },
    "/ioc/communes": {
      get: {
        summary: "IOC: tổng hợp theo xã (vụ việc đang mở theo mức độ, mốc quá hạn kiểm tra, diễn tập trong tháng, thiết bị lâu chưa đồng bộ)",
        parameters: [{ name: "staleDays", in: "query", schema: { type: "integer", minimum: 0, default: 7 } }],
        responses: { "200": { description: "GeoJSON FeatureCollection" }, "403": problem },
      },
    },
    "/ioc/incidents/tiles/{z}/{x}/{y}.mvt": {
      get: {
        summary: "IOC: vụ việc đang mở dạng ô vector (lớp incidents: id, severity, status, communeCode)",
        parameters: ["z", "x", "y"].map((name) => ({ name, in: "path", required: true, schema: { type: "integer", minimum: 0 } })),
        responses: { "200": { description: "application/vnd.mapbox-vector-tile" }, "400": problem, "403": problem },
      },
    },
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
