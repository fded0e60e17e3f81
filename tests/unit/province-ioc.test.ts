// The IOC's pure parts: choropleth classes, commune table sorting, directive
// checks and statuses, and its requests to the provincial server (MSW: the
// path, the bearer token, the filtering of a commune's incidents).

import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { http as mswHttp, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import type { Feature } from "geojson";
import { choroplethClasses, choroplethFillExpression, classOf } from "../../src/app/province/ioc-choropleth";
import { nextSort, sortCommunes } from "../../src/app/province/commune-table-sort";
import { withMetricValue, type IocCommune, type IocCommuneProperties } from "../../src/app/province/ioc-communes";
import { buildDirective, communeIncidentsPath, fetchCommuneIncidents, fetchIocCommunes, sendDirective, type Directive } from "../../src/app/province/province-api";
import { directiveStatuses } from "../../src/app/province/directive-status";
import { readStaleDays } from "../../src/app/province/stale-days-setting";
import { SyncHttp } from "../../src/store/sync/sync-http";
import type { SyncStateRepository } from "../../src/store/sync/sync-state.repository";

function commune(code: string, name: string, counts: Partial<IocCommuneProperties> & { open?: Record<string, number> } = {}): IocCommune {
  return {
    type: "Feature",
    id: code,
    geometry: { type: "Polygon", coordinates: [[[105, 18], [105.1, 18], [105.1, 18.1], [105, 18.1], [105, 18]]] },
    properties: { code, name, openIncidents: counts.open ?? {}, overdueInspections: counts.overdueInspections ?? 0, drillsThisMonth: counts.drillsThisMonth ?? 0, staleDevices: counts.staleDevices ?? 0 },
  };
}

describe("choropleth classes", () => {
  test("zero has its own class, then up to four equal classes up to the largest value", () => {
    const classes = choroplethClasses([0, 3, 20, 7]);
    expect(classes.map((item) => item.label)).toEqual(["0", "1–5", "6–10", "11–15", "16–20"]);
    expect(classOf(classes, 0).label).toBe("0");
    expect(classOf(classes, 5).label).toBe("1–5");
    expect(classOf(classes, 6).label).toBe("6–10");
    expect(classOf(classes, 20).label).toBe("16–20");
    expect(new Set(classes.map((item) => item.color)).size).toBe(5);
  });

  test("small values give single-number classes; all zero gives one class", () => {
    expect(choroplethClasses([0, 2]).map((item) => item.label)).toEqual(["0", "1", "2"]);
    expect(choroplethClasses([0, 0]).map((item) => item.label)).toEqual(["0"]);
    expect(choroplethClasses([]).map((item) => item.label)).toEqual(["0"]);
    expect(choroplethClasses([12_000]).at(-1)!.label).toBe("9.001–12.000");
  });

  test("the map's step expression starts each class at its minimum", () => {
    const classes = choroplethClasses([0, 8]);
    expect(choroplethFillExpression(classes, "iocValue")).toEqual(["step", ["get", "iocValue"], classes[0].color, 1, classes[1].color, 3, classes[2].color, 5, classes[3].color, 7, classes[4].color]);
  });

  test("each commune carries the chosen metric as iocValue", () => {
    const collection = { type: "FeatureCollection" as const, features: [commune("1", "A", { open: { cao: 2, "khan-cap": 1 }, staleDevices: 4 })] };
    expect(withMetricValue(collection, "openIncidents").features[0].properties).toMatchObject({ iocValue: 3 });
    expect(withMetricValue(collection, "staleDevices").features[0].properties).toMatchObject({ iocValue: 4 });
  });
});

describe("commune table sorting", () => {
  const rows = [commune("3", "Xã Đồng Văn", { open: { cao: 1 } }), commune("1", "Xã An Phú", { open: { "khan-cap": 2, thap: 3 } }), commune("2", "Xã Bắc Sơn", { open: { cao: 4 } })];
  const names = (sorted: IocCommune[]) => sorted.map((row) => row.properties.name);

  test("numbers largest first on the first click, the other way on the second", () => {
    const first = nextSort({ key: "name", direction: "asc" }, "openIncidents");
    expect(first).toEqual({ key: "openIncidents", direction: "desc" });
    expect(names(sortCommunes(rows, first))).toEqual(["Xã An Phú", "Xã Bắc Sơn", "Xã Đồng Văn"]);
    expect(names(sortCommunes(rows, nextSort(first, "openIncidents")))).toEqual(["Xã Đồng Văn", "Xã Bắc Sơn", "Xã An Phú"]);
  });

  test("by one severity, ties in name order; names in Vietnamese order (Đ after D)", () => {
    expect(names(sortCommunes(rows, { key: "severity:cao", direction: "desc" }))).toEqual(["Xã Bắc Sơn", "Xã Đồng Văn", "Xã An Phú"]);
    const withD = [...rows, commune("4", "Xã Dương Quỳ")];
    expect(names(sortCommunes(withD, nextSort({ key: "openIncidents", direction: "desc" }, "name")))).toEqual(["Xã An Phú", "Xã Bắc Sơn", "Xã Dương Quỳ", "Xã Đồng Văn"]);
  });
});

describe("directives", () => {
  const input = { title: " Tuần tra ", text: "Tăng cường tuần tra", deadline: "2026-12-05T17:00", communeCodes: ["42001", "42001"], area: null };

  test("a complete form builds the POST body; a missing part is said in Vietnamese", () => {
    const built = buildDirective(input, "d-1");
    expect(built).toEqual({ ok: true, feature: { type: "Feature", id: "d-1", geometry: null, properties: { title: "Tuần tra", text: "Tăng cường tuần tra", deadline: new Date("2026-12-05T17:00").toISOString(), communeCodes: ["42001"] } } });
    expect(buildDirective({ ...input, title: " " }, "x")).toEqual({ ok: false, message: "Nhập tiêu đề chỉ đạo." });
    expect(buildDirective({ ...input, deadline: "" }, "x")).toEqual({ ok: false, message: "Chọn thời hạn thực hiện." });
    expect(buildDirective({ ...input, communeCodes: [] }, "x")).toMatchObject({ ok: false, message: expect.stringMatching(/^Chọn ít nhất một xã/) });
  });

  test("per commune: the furthest acknowledgement and when", () => {
    const directive: Directive = {
      type: "Feature",
      id: "d",
      geometry: null,
      properties: {
        ...input,
        communeCodes: ["42001", "42002", "42003"],
        acknowledgements: [
          { communeCode: "42001", state: "da-nhan", at: "2026-12-01T01:00:00Z", by: "xa42" },
          { communeCode: "42002", state: "da-nhan", at: "2026-12-01T01:00:00Z", by: "xa42" },
          { communeCode: "42002", state: "da-thuc-hien", at: "2026-12-01T03:00:00Z", by: "xa42" },
        ],
      },
    };
    expect(directiveStatuses(directive)).toEqual([
      { communeCode: "42001", label: "Đã nhận", at: "2026-12-01T01:00:00Z" },
      { communeCode: "42002", label: "Đã thực hiện", at: "2026-12-01T03:00:00Z" },
      { communeCode: "42003", label: "Chưa nhận", at: null },
    ]);
  });

  test("the stale-days setting falls back to 3 days for anything but 1–365", () => {
    expect(readStaleDays(null)).toBe(3);
    expect(readStaleDays("abc")).toBe(3);
    expect(readStaleDays("0")).toBe(3);
    expect(readStaleDays("10")).toBe(10);
  });
});

describe("requests to the provincial server", () => {
  const SERVER = "http://tinh.test";
  const server = setupServer();
  const seen: { url: string; authorization: string | null; body?: unknown }[] = [];
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());

  async function link(): Promise<SyncHttp> {
    const state = { updateRefreshToken: async () => {}, deviceId: async () => "device-1", session: async () => null } as unknown as SyncStateRepository;
    const http = new SyncHttp(SERVER, state);
    await http.acceptTokens({ accessToken: "token-1", expiresIn: 900, refreshToken: "r" });
    return http;
  }

  test("communes with the stale-days threshold, with the bearer token", async () => {
    server.use(
      mswHttp.get(`${SERVER}/ioc/communes`, ({ request }) => {
        seen.push({ url: request.url, authorization: request.headers.get("authorization") });
        return HttpResponse.json({ type: "FeatureCollection", features: [commune("42001", "Xã A")] });
      }),
    );
    const result = await fetchIocCommunes(await link(), 5);
    expect(result.features.map((feature) => feature.properties.code)).toEqual(["42001"]);
    expect(seen).toEqual([{ url: `${SERVER}/ioc/communes?staleDays=5`, authorization: "Bearer token-1" }]);
  });

  test("a commune's open incidents: its box, then only its own open ones", async () => {
    const item = (id: string, communeCodes: string[], status: string): Feature => ({ type: "Feature", id, geometry: { type: "Point", coordinates: [105.05, 18.05] }, properties: { title: id, severity: "cao", status, communeCodes, occurredAt: "2026-11-30T08:00:00Z" } });
    server.use(
      mswHttp.get(`${SERVER}/collections/incidents/items`, ({ request }) => {
        seen.push({ url: request.url, authorization: request.headers.get("authorization") });
        return HttpResponse.json({ type: "FeatureCollection", features: [item("mine", ["42001"], "moi"), item("neighbour", ["42002"], "moi"), item("closed", ["42001"], "da-giai-quyet")], links: [] });
      }),
    );
    const target = commune("42001", "Xã A");
    const { incidents, truncated } = await fetchCommuneIncidents(await link(), target);
    expect(incidents.map((incident) => incident.id)).toEqual(["mine"]);
    expect(truncated).toBe(false);
    expect(seen[0].url).toBe(`${SERVER}${communeIncidentsPath(target)}`);
    expect(communeIncidentsPath(target)).toBe("/collections/incidents/items?bbox=105.000000,18.000000,105.100000,18.100000&limit=1000");
  });

  test("sending a directive posts the feature; a refusal comes back in Vietnamese", async () => {
    server.use(
      mswHttp.post(`${SERVER}/directives`, async ({ request }) => {
        const body = (await request.json()) as Directive;
        seen.push({ url: request.url, authorization: request.headers.get("authorization"), body });
        if (body.properties.communeCodes.includes("99999")) return HttpResponse.json({ detail: "Xã 99999 không thuộc tỉnh." }, { status: 422 });
        return HttpResponse.json(body, { status: 201 });
      }),
    );
    const built = buildDirective({ title: "A", text: "B", deadline: "2026-12-05T17:00", communeCodes: ["42001"], area: null }, "d-2");
    if (!built.ok) throw new Error(built.message);
    await sendDirective(await link(), built.feature);
    expect(seen[0]).toMatchObject({ authorization: "Bearer token-1", body: { id: "d-2", properties: { communeCodes: ["42001"] } } });
    const refused = { ...built.feature, properties: { ...built.feature.properties, communeCodes: ["99999"] } };
    await expect(sendDirective(await link(), refused)).rejects.toThrow("Xã 99999 không thuộc tỉnh.");
  });

  test("an unreachable server is said in Vietnamese", async () => {
    server.use(mswHttp.get(`${SERVER}/ioc/communes`, () => HttpResponse.error()));
    await expect(fetchIocCommunes(await link(), 3)).rejects.toThrow("Không kết nối được máy chủ tỉnh");
  });
});
