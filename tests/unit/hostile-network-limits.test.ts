// Issue #12, defect 6: a PMTiles URL that never answers left "Đang mở nguồn
// bản đồ…" and both basemap buttons disabled for good; XYZ sources answering
// HTML, 500 or nothing gave a blank map and no message; 50 MB tiles were
// fetched whole. Every request now has a time limit and a size cap and ends
// in a Vietnamese message. MSW answers (unhandled requests are errors).

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setupServer } from "msw/node";
import { delay, http, HttpResponse } from "msw";
import { PMTiles } from "pmtiles";
import { xyzTileAccess } from "../../src/map/basemap/basemap-source-fetch";
import { MAX_TILE_BYTES, NetworkTimeoutError, RangeUnsupportedError, TileContentError, TileTooLargeError } from "../../src/map/basemap/network-limits";
import { PmtilesRangeSource } from "../../src/map/basemap/pmtiles-range-source";
import { tileErrorMessage } from "../../src/map/basemap/tile-error-message";
import { createTileProtocolHandler, protocolTileTemplate } from "../../src/map/basemap/tile-protocol";
import { isRetryable } from "../../src/store/offline/download-retry";
import { TileHttpError } from "../../src/store/offline/tile-source-access";

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);

const server = setupServer(
  http.get("http://tiles.test/silent/:z/:x/:y", async () => {
    await delay("infinite");
    return new HttpResponse(null);
  }),
  http.get("http://tiles.test/html/:z/:x/:y", () => HttpResponse.html("<html><body>Đăng nhập</body></html>")),
  http.get("http://tiles.test/html-as-png/:z/:x/:y", () => new HttpResponse("<!doctype html><p>lỗi</p>", { headers: { "content-type": "image/png" } })),
  http.get("http://tiles.test/error/:z/:x/:y", () => new HttpResponse("Internal Server Error", { status: 500 })),
  http.get("http://tiles.test/huge/:z/:x/:y", () => new HttpResponse(new Uint8Array(MAX_TILE_BYTES + 1), { headers: { "content-type": "image/png" } })),
  http.get("http://tiles.test/huge-stream/:z/:x/:y", () => {
    // No content-length: the cap must hold while reading the stream.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 60 * 1024 * 1024) return controller.close();
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    return new HttpResponse(stream, { headers: { "content-type": "image/png" } });
  }),
  http.get("http://tiles.test/ok/:z/:x/:y", () => new HttpResponse(PNG, { headers: { "content-type": "image/png" } })),
  http.get("http://tiles.test/never.pmtiles", async () => {
    await delay("infinite");
    return new HttpResponse(null);
  }),
  http.get("http://tiles.test/no-range.pmtiles", () => new HttpResponse(new Uint8Array(1024 * 1024), { status: 200 })),
);

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<Error> {
  const reason = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(reason).toBeInstanceOf(Error);
  return reason as Error;
}

function expectVietnamese(message: string) {
  expect(message).toMatch(/[ảạáàãăâđêôơưế]/);
  expect(message).not.toMatch(/Failed to fetch|Bad response|TypeError|undefined/);
}

describe("XYZ tiles", () => {
  test("a server that never answers times out with a Vietnamese message", async () => {
    const started = performance.now();
    const error = await failure(xyzTileAccess("http://tiles.test/silent/{z}/{x}/{y}.png", "raster", 300).fetchTile(1, 0, 0, new AbortController().signal));
    expect(error).toBeInstanceOf(NetworkTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectVietnamese(tileErrorMessage(error));
  });

  test("cancelling is still a cancel, not a timeout", async () => {
    const controller = new AbortController();
    const pending = xyzTileAccess("http://tiles.test/silent/{z}/{x}/{y}.png", "raster", 10_000).fetchTile(1, 0, 0, controller.signal);
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.name).toBe("AbortError");
  });

  test.each([
    ["an HTML page", "html", TileContentError],
    ["an HTML page sent as image/png", "html-as-png", TileContentError],
    ["a 500", "error", TileHttpError],
    ["a tile over 5 MB (content-length)", "huge", TileTooLargeError],
    ["a tile over 5 MB (streamed, no length)", "huge-stream", TileTooLargeError],
  ])("%s is an error with a Vietnamese message, not a blank tile", async (_label, path, kind) => {
    const error = await failure(xyzTileAccess(`http://tiles.test/${path}/{z}/{x}/{y}.png`).fetchTile(1, 0, 0, new AbortController().signal));
    expect(error).toBeInstanceOf(kind);
    expectVietnamese(tileErrorMessage(error));
  });

  test("a real tile still comes through", async () => {
    const tile = await xyzTileAccess("http://tiles.test/ok/{z}/{x}/{y}.png").fetchTile(1, 0, 0, new AbortController().signal);
    expect(new Uint8Array(tile.data)).toEqual(PNG);
  });

  test("the offline download does not retry an HTML page or an oversized tile, but does retry a timeout", () => {
    expect(isRetryable(new TileContentError("u", "text/html"))).toBe(false);
    expect(isRetryable(new TileTooLargeError("u", MAX_TILE_BYTES))).toBe(false);
    expect(isRetryable(new NetworkTimeoutError("u", 1000))).toBe(true);
  });

  test("the tile protocol reports why a tile failed, in Vietnamese", async () => {
    const template = "http://tiles.test/html/{z}/{x}/{y}.png";
    const access = xyzTileAccess(template);
    const messages: string[] = [];
    const handler = createTileProtocolHandler({
      cache: { read: async () => undefined },
      queue: { enqueue: () => undefined },
      source: () => access,
      onFailure: (message) => messages.push(message),
    });
    const url = protocolTileTemplate(template).replace("{z}", "1").replace("{x}", "0").replace("{y}", "0");
    await failure(handler({ url, type: "image" }, new AbortController()) as Promise<unknown>);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("thay vì ô bản đồ");
  });

  test("“Failed to fetch” is never shown as such", () => {
    expectVietnamese(tileErrorMessage(new TypeError("Failed to fetch")));
  });
});

describe("PMTiles by URL", () => {
  test("a URL that never answers ends opening with a timeout message (the buttons come back)", async () => {
    // basemap-style.ts resolves its same-origin files against the page's address at load.
    (globalThis as { window?: unknown }).window ??= { location: { href: "http://127.0.0.1:4173/" } };
    const { resolveBasemap } = await import("../../src/map/basemap/basemap-source-style");
    const started = performance.now();
    const error = await failure(resolveBasemap({ kind: "pmtiles-url", url: "http://tiles.test/never.pmtiles" } as never, async () => undefined, { openMs: 400, requestMs: 10_000 }));
    expect(error).toBeInstanceOf(NetworkTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectVietnamese(error.message);
  });

  test("each range request has its own time limit", async () => {
    const error = await failure(new PMTiles(new PmtilesRangeSource("http://tiles.test/never.pmtiles", 300)).getHeader());
    expect(error).toBeInstanceOf(NetworkTimeoutError);
  });

  test("a server that ignores Range (sends the whole file) is refused, not read whole", async () => {
    const error = await failure(new PMTiles(new PmtilesRangeSource("http://tiles.test/no-range.pmtiles")).getHeader());
    expect(error).toBeInstanceOf(RangeUnsupportedError);
    expectVietnamese(error.message);
  });
});
