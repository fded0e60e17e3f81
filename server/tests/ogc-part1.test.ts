// OGC API – Features Part 1 against the real server and database: discovery,
// collections, items with bbox / datetime / limit / next links, single items
// with ETags, and the error statuses.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLECTIONS } from "../src/collections/collection-registry";
import { LAYER_CATALOG } from "../../src/domain/layer-catalog";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, COMMUNE_A, COMMUNE_B, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient, type Api } from "./helpers/http-client";
import { seedIncidents } from "./helpers/sample-features";

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let api: Api;

interface FeatureCollection {
  type: string;
  numberReturned: number;
  features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
  links: { rel: string; href: string }[];
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    await seedIncidents(client, COMMUNE_A, "ca-a", 250, 105.0, 18.0);
    await seedIncidents(client, COMMUNE_B, "chqs-b", 40, 105.1, 18.0);
    return seeded;
  });
  server = await startTestServer(database);
  api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe("discovery", () => {
  it("serves the landing page with service-desc, conformance and data links", async () => {
    const response = await apiClient(server.url)("GET", "/");
    expect(response.status).toBe(200);
    const rels = (response.json() as { links: { rel: string }[] }).links.map((link) => link.rel);
    expect(rels).toEqual(expect.arrayContaining(["self", "service-desc", "conformance", "data"]));
  });

  it("declares Part 1 and Part 4 conformance classes", async () => {
    const { conformsTo } = (await apiClient(server.url)("GET", "/conformance")).json() as { conformsTo: string[] };
    expect(conformsTo).toContain("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core");
    expect(conformsTo).toContain("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    expect(conformsTo).toContain("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    expect(conformsTo).toContain("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete");
    expect(conformsTo).toContain("http://www.opengis.net/spec/ogcapi-features-4/1.0/req/optimistic-locking-etags");
  });

  it("serves an OpenAPI 3 document describing every collection's items path", async () => {
    const response = await apiClient(server.url)("GET", "/api");
    expect(response.headers.get("content-type")).toContain("application/vnd.oai.openapi+json");
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.0/);
    for (const collection of COLLECTIONS) expect(document.paths).toHaveProperty(`/collections/${collection.id}/items`);
    for (const path of ["/auth/me", "/sync/events", "/sync/outbox", "/directives", "/directives/{directiveId}/acknowledgements", "/ioc/communes", "/ioc/incidents/tiles/{z}/{x}/{y}.mvt"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});

describe("collections", () => {
  it("lists incidents, every layer of the catalog, drills, inspections, patrols and attachments", async () => {
    const { collections } = (await api("GET", "/collections")).json() as { collections: { id: string; links: { rel: string }[] }[] };
    const ids = collections.map((collection) => collection.id);
    expect(ids).toEqual(expect.arrayContaining(["incidents", "drills", "marker-inspections", "patrols", "attachments", ...LAYER_CATALOG.map((layer) => layer.id)]));
    expect(collections[0].links.map((link) => link.rel)).toEqual(expect.arrayContaining(["self", "items"]));
  });

  it("answers 404 with a Vietnamese problem for an unknown collection", async () => {
    const response = await api("GET", "/collections/khong-co");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((response.json() as { detail: string }).detail).toMatch(/Không có lớp dữ liệu/);
  });

  it("refuses data without a token (401) and with a forged token (401)", async () => {
    expect((await apiClient(server.url)("GET", "/collections/incidents/items")).status).toBe(401);
    expect((await apiClient(server.url, `${server.tokenFor(fixture.editorA.id)}x`)("GET", "/collections")).status).toBe(401);
  });
});

describe("items", () => {
  it("returns GeoJSON with the default limit and a next link that pages through every visible item once", async () => {
    const first = await api("GET", "/collections/incidents/items?limit=100");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain("application/geo+json");
    const seen = new Set<string>();
    let page = first.json() as FeatureCollection;
    let pages = 1;
    for (;;) {
      expect(page.type).toBe("FeatureCollection");
      expect(page.numberReturned).toBe(page.features.length);
      for (const feature of page.features) seen.add(feature.id);
      const next = page.links.find((link) => link.rel === "next");
      if (!next) break;
      const response = await fetch(next.href, { headers: { authorization: `Bearer ${server.tokenFor(fixture.editorA.id)}` } });
      page = (await response.json()) as FeatureCollection;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(250);
  });

  it("accepts limit up to 10,000 and caps larger limits", async () => {
    const page = (await api("GET", "/collections/incidents/items?limit=50000")).json() as FeatureCollection;
    expect(page.numberReturned).toBe(250);
  });

  it("filters by bbox", async () => {
    const page = (await api("GET", "/collections/incidents/items?bbox=105.0,18.0,105.05,18.05&limit=1000")).json() as FeatureCollection;
    expect(page.numberReturned).toBeGreaterThan(20);
    expect(page.numberReturned).toBeLessThan(120);
    for (const feature of page.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon).toBeLessThanOrEqual(105.05);
      expect(lat).toBeLessThanOrEqual(18.05);
    }
  });

  it("pages a commune-sized box in id order, also by the id-ordered walk once statistics exist", async () => {
    await withClient(database.adminUrl, (client) => client.query("analyze features"));
    const estimate = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ rows: number | null }>("select app.estimated_box_rows(st_makeenvelope(105.0, 18.0, 105.1, 18.1, 4326)) as rows")).rows[0].rows,
    );
    expect(estimate).toBeGreaterThan(100);
    const ids: string[] = [];
    let path: string | null = "/collections/incidents/items?bbox=105.0,18.0,105.1,18.1&limit=40";
    while (path) {
      const page = (await api("GET", path)).json() as FeatureCollection;
      ids.push(...page.features.map((feature) => feature.id));
      const next = page.links.find((link) => link.rel === "next");
      path = next ? new URL(next.href).pathname + new URL(next.href).search : null;
    }
    expect(ids).toHaveLength(250);
    expect([...ids].sort()).toEqual(ids);
  });

  it("tests bbox exactly for lines (box overlap alone is not intersection)", async () => {
    await withClient(database.adminUrl, (client) =>
      client.query(`insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id)
        values (gen_random_uuid(), 'road', st_geomfromtext('LINESTRING(105 18, 105.1 18.1)', 4326), '{"name":"Đường chéo"}', array['42001'], 'ca-a')`),
    );
    const count = async (bbox: string) => ((await api("GET", `/collections/road/items?bbox=${bbox}`)).json() as FeatureCollection).numberReturned;
    expect(await count("105.0,18.0,105.02,18.02")).toBe(1);
    expect(await count("105.08,18.0,105.1,18.02")).toBe(0);
  });

  it("filters by datetime instant, closed and open intervals", async () => {
    const count = async (datetime: string) => ((await api("GET", `/collections/incidents/items?limit=1000&datetime=${encodeURIComponent(datetime)}`)).json() as FeatureCollection).numberReturned;
    expect(await count("2025-01-01T01:00:00Z")).toBe(1);
    expect(await count("2025-01-01T01:00:00Z/2025-01-01T10:00:00Z")).toBe(10);
    expect(await count("../2025-01-01T10:00:00Z")).toBe(10);
    expect(await count("2025-01-10T00:00:00Z/..")).toBe(250 - 215);
  });

  it("refuses malformed parameters with 400", async () => {
    for (const query of ["limit=0", "limit=abc", "bbox=1,2,3", "bbox=10,10,5,5", "datetime=hom-qua", "unknown=1", "f=html"]) {
      const response = await api("GET", `/collections/incidents/items?${query}`);
      expect(response.status, query).toBe(400);
      expect((response.json() as { detail: string }).detail.length).toBeGreaterThan(5);
    }
  });

  it("returns a single item with a strong ETag, 304 on If-None-Match, 404 for unknown ids", async () => {
    const page = (await api("GET", "/collections/incidents/items?limit=1")).json() as FeatureCollection;
    const id = page.features[0].id;
    const item = await api("GET", `/collections/incidents/items/${id}`);
    expect(item.status).toBe(200);
    expect(item.headers.get("etag")).toBe('"1"');
    expect((item.json() as { links: { rel: string }[] }).links.map((link) => link.rel)).toContain("collection");
    expect((await api("GET", `/collections/incidents/items/${id}`, undefined, { "if-none-match": '"1"' })).status).toBe(304);
    expect((await api("GET", "/collections/incidents/items/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await api("GET", "/collections/incidents/items/not-a-uuid")).status).toBe(404);
    expect((await api("GET", `/collections/village/items/${id}`)).status).toBe(404);
  });

  it("answers HEAD like GET without a body", async () => {
    const response = await api("HEAD", "/collections/incidents/items?limit=1");
    expect(response.status).toBe(200);
    expect(response.text).toBe("");
  });
});

describe("hardening", () => {
  it("sends security headers and CORS only to configured origins", async () => {
    const response = await api("GET", "/collections", undefined, { origin: "https://evil.example" });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await startTestServer(database, { corsOrigins: ["https://app.tinh.gov.vn"] });
    try {
      const preflight = await apiClient(allowed.url)("OPTIONS", "/collections/incidents/items", undefined, {
        origin: "https://app.tinh.gov.vn",
        "access-control-request-method": "POST",
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.tinh.gov.vn");
      expect(preflight.headers.get("access-control-allow-headers")).toContain("if-match");
    } finally {
      await allowed.close();
    }
  });

  it("refuses bodies over the limit with 413", async () => {
    const small = await startTestServer(database, { bodyLimitBytes: 1024 });
    try {
      const response = await apiClient(small.url, small.tokenFor(fixture.editorA.id))("POST", "/collections/incidents/items", { type: "Feature", pad: "x".repeat(4096) });
      expect(response.status).toBe(413);
      expect((response.json() as { detail: string }).detail).toMatch(/quá lớn/);
    } finally {
      await small.close();
    }
  });

  it("keeps serving after the database drops its idle connections (a restart, an admin kill)", async () => {
    expect((await api("GET", "/collections/incidents/items?limit=1")).status).toBe(200);
    const killed = await withClient(database.adminUrl, async (client) =>
      (await client.query("select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and usename = 'oapif_app' and state = 'idle') as t")).rows[0].n as number,
    );
    expect(killed).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await api("GET", "/collections/incidents/items?limit=1")).status).toBe(200);
  });
});
