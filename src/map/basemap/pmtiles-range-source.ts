// A pmtiles Source over HTTP range requests with a time limit per request and
// a size cap per range (network-limits.ts). The package's own FetchSource has
// neither: a URL that never answers left "Đang mở nguồn bản đồ…" and both
// basemap buttons disabled for good, and a range answer was read whole
// whatever its size.

import type { RangeResponse, Source } from "pmtiles";
import { TileHttpError } from "../../store/offline/tile-source-access";
import { MAX_PMTILES_RANGE_BYTES, RangeUnsupportedError, TILE_REQUEST_TIMEOUT_MS, TileTooLargeError } from "./network-limits";
import { timedFetch } from "./timed-fetch";

export class PmtilesRangeSource implements Source {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = TILE_REQUEST_TIMEOUT_MS,
  ) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (length > MAX_PMTILES_RANGE_BYTES) throw new TileTooLargeError(this.url, MAX_PMTILES_RANGE_BYTES);
    const { response, read } = await timedFetch(this.url, { signal, timeoutMs: this.timeoutMs, headers: { range: `bytes=${offset}-${offset + length - 1}` } });
    if (response.status >= 300) {
      await response.body?.cancel().catch(() => undefined);
      throw new TileHttpError(response.status, this.url);
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    // 200 instead of 206: the whole file is coming. Only acceptable when it is no bigger than what we asked for.
    if (response.status === 200 && !(Number.isFinite(declared) && declared <= length)) {
      await response.body?.cancel().catch(() => undefined);
      throw new RangeUnsupportedError(this.url);
    }
    const etag = response.headers.get("etag");
    return { data: await read(length), etag: etag && !etag.startsWith("W/") ? etag : undefined };
  }
}
