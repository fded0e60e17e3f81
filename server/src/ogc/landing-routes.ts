// Part 1 discovery: landing page, conformance declaration, OpenAPI document.
// Public (no token): they describe the API, not the data.

import type { FastifyInstance } from "fastify";
import { baseUrl, type ServerContext } from "../http/request-context";
import { CONFORMANCE_CLASSES } from "./conformance";
import { openApiDocument } from "./openapi-document";

export function registerLandingRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get("/", async (request) => {
    const base = baseUrl(request, context.config);
    return {
      title: "Cơ sở dữ liệu tập trung cấp tỉnh",
      description: "Bản đồ số quốc phòng – an ninh cấp xã: dữ liệu của tỉnh, phân quyền khai thác cho cấp xã.",
      links: [
        { href: `${base}/`, rel: "self", type: "application/json", title: "Trang gốc" },
        { href: `${base}/api`, rel: "service-desc", type: "application/vnd.oai.openapi+json;version=3.0", title: "Tài liệu OpenAPI" },
        { href: `${base}/conformance`, rel: "conformance", type: "application/json", title: "Lớp phù hợp" },
        { href: `${base}/collections`, rel: "data", type: "application/json", title: "Các lớp dữ liệu" },
      ],
    };
  });
  app.get("/conformance", async () => ({ conformsTo: CONFORMANCE_CLASSES }));
  app.get("/api", async (request, reply) =>
    reply.type("application/vnd.oai.openapi+json;version=3.0").send(openApiDocument(baseUrl(request, context.config))),
  );
}
