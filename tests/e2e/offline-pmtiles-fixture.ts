// A tiny PMTiles v3 writer for the offline tests: a raster archive of
// generated PNG tiles over an area and zoom range. Layout per the spec (and
// the `pmtiles` reader): 127-byte header, an uncompressed root directory
// (varint-encoded tile-id deltas, run lengths, lengths, offsets), JSON
// metadata, then the tile data. Small archives only (one root directory).

import { zxyToTileId } from "pmtiles";
import { enumerateTileRuns, rectanglePolygon, tilesFrom } from "../../src/geo/tiles/tile-enumeration";
import { solidPng, varint } from "./tile-server";

const HEADER_BYTES = 127;

const varints = (values: number[]): number[] => values.flatMap(varint);

export function buildRasterPmtiles(
  box: [number, number, number, number],
  minZoom: number,
  maxZoom: number,
  colour: [number, number, number] = [20, 160, 90],
): Buffer {
  const tiles = [...tilesFrom(enumerateTileRuns(rectanglePolygon(box), minZoom, maxZoom))]
    .map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), data: solidPng(colour) }))
    .sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries = tiles.map((tile) => {
    const entry = { id: tile.id, offset, length: tile.data.length };
    offset += tile.data.length;
    return entry;
  });
  const directory = Buffer.from([
    ...varints([entries.length]),
    ...varints(entries.map((entry, index) => entry.id - (index > 0 ? entries[index - 1].id : 0))),
    ...varints(entries.map(() => 1)),
    ...varints(entries.map((entry) => entry.length)),
    // offset + 1, or 0 when the tile directly follows the previous one.
    ...varints(entries.map((entry, index) => (index > 0 ? 0 : entry.offset + 1))),
  ]);
  const metadata = Buffer.from(JSON.stringify({ name: "Ô thử nghiệm ngoại tuyến", attribution: "tệp thử" }));
  const tileData = Buffer.concat(tiles.map((tile) => tile.data));

  const header = Buffer.alloc(HEADER_BYTES);
  header.write("PMTiles", 0, "ascii");
  header.writeUInt8(3, 7);
  const u64 = (position: number, value: number) => header.writeBigUInt64LE(BigInt(value), position);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + directory.length;
  const dataOffset = metadataOffset + metadata.length;
  u64(8, rootOffset);
  u64(16, directory.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, tileData.length);
  u64(72, tiles.length);
  u64(80, tiles.length);
  u64(88, tiles.length);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(1, 98); // tile compression: none
  header.writeUInt8(2, 99); // PNG
  header.writeUInt8(minZoom, 100);
  header.writeUInt8(maxZoom, 101);
  const e7 = (position: number, degrees: number) => header.writeInt32LE(Math.round(degrees * 1e7), position);
  e7(102, box[0]);
  e7(106, box[1]);
  e7(110, box[2]);
  e7(114, box[3]);
  header.writeUInt8(minZoom, 118);
  e7(119, (box[0] + box[2]) / 2);
  e7(123, (box[1] + box[3]) / 2);
  return Buffer.concat([header, directory, metadata, tileData]);
}
