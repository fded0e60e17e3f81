// Time and size limits on every request the map makes (basemap XYZ tiles,
// PMTiles archives by URL, and through them the offline download), and the
// Vietnamese errors raised when a limit is hit. A server that never answers,
// answers an HTML page or a 500, or sends a 50 MB "tile" must end in a
// message, never in a spinner or a blank map.

/** One tile request (XYZ, or one PMTiles range): a slow provincial link still gets a tile in 20 s. */
export const TILE_REQUEST_TIMEOUT_MS = 20_000;
/** Opening a PMTiles archive by URL (header + root directory + metadata). */
export const PMTILES_OPEN_TIMEOUT_MS = 30_000;
/** Largest tile accepted; real raster/vector tiles are 10–500 kB. */
export const MAX_TILE_BYTES = 5 * 1024 * 1024;
/** Largest single PMTiles range read (header, directories, metadata, one tile). */
export const MAX_PMTILES_RANGE_BYTES = 16 * 1024 * 1024;

function seconds(milliseconds: number): string {
  return `${Math.round(milliseconds / 1000)} giây`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** The server did not answer in time. */
export class NetworkTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`Máy chủ bản đồ không trả lời trong ${seconds(timeoutMs)} (${url}).`);
    this.name = "NetworkTimeoutError";
  }
}

/** The answer is not a map tile (an HTML page, JSON, text…). */
export class TileContentError extends Error {
  constructor(
    readonly url: string,
    readonly contentType: string,
  ) {
    super(`Máy chủ bản đồ trả về “${contentType || "không rõ loại"}” thay vì ô bản đồ (${url}); có thể URL sai hoặc cần đăng nhập.`);
    this.name = "TileContentError";
  }

  /** Asking again gives the same page. */
  readonly retryable = false;
}

/** The answer is larger than a tile (or range) may be. */
export class TileTooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly limitBytes: number,
  ) {
    super(`Ô bản đồ từ ${url} lớn hơn giới hạn ${megabytes(limitBytes)}; đã dừng tải.`);
    this.name = "TileTooLargeError";
  }

  readonly retryable = false;
}

/** The server ignores HTTP range requests, so a PMTiles archive cannot be read piece by piece. */
export class RangeUnsupportedError extends Error {
  constructor(readonly url: string) {
    super(`Máy chủ ${url} không hỗ trợ đọc từng phần (HTTP Range), nên không mở được tệp PMTiles qua mạng.`);
    this.name = "RangeUnsupportedError";
  }
}
