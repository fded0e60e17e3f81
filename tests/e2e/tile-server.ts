// A local tile server for the offline tests and benchmarks, on 127.0.0.1 and
// a free port: PNG raster tiles (256×256, one colour per tile from z/x/y, a
// darker frame), MVT vector tiles (a "landuse" polygon and a "water" square),
// and any byte archive with HTTP range requests (for PMTiles by URL). Every
// tile is generated on the fly with node:zlib — no external tools — and every
// request is recorded, so a test can prove the app asked for nothing.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32, deflateSync } from "node:zlib";

const TILE_SIZE = 256;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const encodedPngs = new Map<string, Buffer>();

/** A 256×256 RGB PNG of one colour with a 4-pixel darker frame (encoded once per colour). */
export function solidPng(colour: [number, number, number]): Buffer {
  const key = colour.join(",");
  let png = encodedPngs.get(key);
  if (!png) {
    png = encodePng(colour);
    encodedPngs.set(key, png);
  }
  return png;
}

function encodePng([red, green, blue]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(TILE_SIZE, 0);
  header.writeUInt32BE(TILE_SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  const rows = Buffer.alloc(TILE_SIZE * (1 + TILE_SIZE * 3));
  for (let y = 0; y < TILE_SIZE; y += 1) {
    const rowStart = y * (1 + TILE_SIZE * 3);
    rows[rowStart] = 0; // filter: none
    for (let x = 0; x < TILE_SIZE; x += 1) {
      const frame = x < 4 || y < 4 || x >= TILE_SIZE - 4 || y >= TILE_SIZE - 4 ? 0.6 : 1;
      rows.set([red * frame, green * frame, blue * frame], rowStart + 1 + x * 3);
    }
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(rows)), pngChunk("IEND", Buffer.alloc(0))]);
}

/** Magenta-to-violet tiles: unmistakable against the pale built-in basemap. */
export function tileColour(z: number, x: number, y: number): [number, number, number] {
  return [200 + ((x * 7 + z) % 5) * 10, 20 + ((y * 3) % 4) * 10, 170 + ((x + y) % 4) * 15];
}

// --- Mapbox Vector Tile (protobuf) -------------------------------------------------------------

/** Protobuf / PMTiles unsigned varint. */
export function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 127) {
    bytes.push((rest & 127) | 128);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
const field = (number: number, wireType: number) => varint((number << 3) | wireType);
const bytesField = (number: number, payload: number[]) => [...field(number, 2), ...varint(payload.length), ...payload];
const zigzag = (value: number) => (value << 1) ^ (value >> 31);

/** A square polygon ring (clockwise in tile coordinates, y down) as MVT geometry commands. */
function squareGeometry(min: number, max: number): number[] {
  const side = max - min;
  return [(1 & 7) | (1 << 3), zigzag(min), zigzag(min), (2 & 7) | (3 << 3), zigzag(side), 0, 0, zigzag(side), zigzag(-side), 0, (7 & 7) | (1 << 3)];
}

function mvtLayer(name: string, min: number, max: number): number[] {
  const feature = [...field(1, 0), ...varint(1), ...field(3, 0), ...varint(3), ...bytesField(4, squareGeometry(min, max).flatMap(varint))];
  return [...field(15, 0), ...varint(2), ...bytesField(1, [...Buffer.from(name)]), ...bytesField(2, feature), ...field(5, 0), ...varint(4096)];
}

/** A vector tile with a "landuse" polygon over most of the tile and a "water" square inside it. */
export function vectorTile(): Buffer {
  return Buffer.from([...bytesField(3, mvtLayer("landuse", 64, 4032)), ...bytesField(3, mvtLayer("water", 1024, 3072))]);
}

const sizedBodies = new Map<number, Buffer>();
/** Incompressible bytes of a given size, like a real raster tile (for benchmarks: /sized/<bytes>/{z}/{x}/{y}.bin). */
function sizedBody(size: number): Buffer {
  let body = sizedBodies.get(size);
  if (!body) {
    body = Buffer.alloc(size);
    for (let index = 0; index < size; index += 1) body[index] = (index * 2654435761) >>> 24;
    sizedBodies.set(size, body);
  }
  return body;
}

// --- The server ---------------------------------------------------------------------------------

export interface TileServer {
  origin: string;
  /** Paths requested so far (tiles and archives). */
  requests: string[];
  rasterTemplate: string;
  vectorTemplate: string;
  /** Serves `bytes` at /archives/<name> with range support. */
  addArchive(name: string, bytes: Buffer, contentType?: string): string;
  /** Per-request delay in ms (for "watch the progress bar advance"). */
  delayMs: number;
  close(): Promise<void>;
}

function sendArchive(request: IncomingMessage, response: ServerResponse, { bytes, contentType }: { bytes: Buffer; contentType: string }): void {
  const range = /bytes=(\d+)-(\d+)?/.exec(request.headers.range ?? "");
  const headers = { "access-control-allow-origin": "*", "access-control-expose-headers": "content-length, content-range, etag", "accept-ranges": "bytes", "content-type": contentType };
  if (!range) {
    response.writeHead(200, { ...headers, "content-length": bytes.length }).end(bytes);
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(bytes.length - 1, range[2] ? Number(range[2]) : bytes.length - 1);
  const slice = bytes.subarray(start, end + 1);
  response.writeHead(206, { ...headers, "content-length": slice.length, "content-range": `bytes ${start}-${end}/${bytes.length}` }).end(slice);
}

export async function startTileServer(): Promise<TileServer> {
  const archives = new Map<string, { bytes: Buffer; contentType: string }>();
  const requests: string[] = [];
  const state = { delayMs: 0 };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (request.method === "OPTIONS") {
      response.writeHead(204, { "access-control-allow-origin": "*", "access-control-allow-headers": "range, accept" }).end();
      return;
    }
    requests.push(path);
    const reply = () => {
      const tile = /^\/(raster|vector)\/(\d+)\/(\d+)\/(\d+)\.(png|pbf)$/.exec(path);
      if (tile) {
        const [z, x, y] = [Number(tile[2]), Number(tile[3]), Number(tile[4])];
        const body = tile[1] === "raster" ? solidPng(tileColour(z, x, y)) : vectorTile();
        const type = tile[1] === "raster" ? "image/png" : "application/vnd.mapbox-vector-tile";
        response.writeHead(200, { "content-type": type, "access-control-allow-origin": "*", "cache-control": "no-store" }).end(body);
        return;
      }
      const sized = /^\/sized\/(\d+)\/(\d+)\/(\d+)\/(\d+)\.bin$/.exec(path);
      if (sized) {
        response.writeHead(200, { "content-type": "application/octet-stream", "access-control-allow-origin": "*", "cache-control": "no-store" }).end(sizedBody(Number(sized[1])));
        return;
      }
      const archive = archives.get(path.replace(/^\/archives\//, ""));
      if (archive) return sendArchive(request, response, archive);
      response.writeHead(404, { "access-control-allow-origin": "*" }).end();
    };
    if (state.delayMs > 0) setTimeout(reply, state.delayMs);
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    rasterTemplate: `${origin}/raster/{z}/{x}/{y}.png`,
    vectorTemplate: `${origin}/vector/{z}/{x}/{y}.pbf`,
    addArchive(name, bytes, contentType = "application/octet-stream") {
      archives.set(name, { bytes, contentType });
      return `${origin}/archives/${name}`;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
