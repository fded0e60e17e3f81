// How big an offline download will be, before it starts: the tile count is
// exact (tile-enumeration.ts); the size is the count times the mean size of
// this source's tiles already cached, or a typical size when none is.

export const TYPICAL_TILE_BYTES = { raster: 20 * 1024, vector: 30 * 1024 } as const;
/** More tiles than this is not a commune any more: ask for a smaller area or zoom. */
export const MAX_DOWNLOAD_TILES = 150_000;

export interface DownloadEstimate {
  tiles: number;
  bytes: number;
  /** True when the size comes from tiles of this source already cached. */
  measured: boolean;
}

export function estimateDownload(tiles: number, meanCachedTileBytes: number | null, tileType: "raster" | "vector"): DownloadEstimate {
  const perTile = meanCachedTileBytes ?? TYPICAL_TILE_BYTES[tileType];
  return { tiles, bytes: Math.round(tiles * perTile), measured: meanCachedTileBytes !== null };
}

/** Why this download should not start (Vietnamese), or null. */
export function downloadRefusal(estimate: DownloadEstimate, cacheCapBytes: number): string | null {
  if (estimate.tiles === 0) return "Vùng đã chọn không có ô bản đồ nào ở các mức thu phóng này.";
  if (estimate.tiles > MAX_DOWNLOAD_TILES) {
    return `Quá nhiều ô bản đồ (${estimate.tiles.toLocaleString("vi-VN")}; tối đa ${MAX_DOWNLOAD_TILES.toLocaleString("vi-VN")}). Hãy giảm mức thu phóng lớn nhất hoặc thu hẹp vùng.`;
  }
  if (estimate.bytes > cacheCapBytes) {
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("vi-VN")} MB`;
    return `Dự kiến khoảng ${mb(estimate.bytes)}, vượt giới hạn bộ nhớ đệm ${mb(cacheCapBytes)}: các ô tải trước sẽ bị xóa bớt. Hãy tăng giới hạn bộ nhớ đệm hoặc giảm mức thu phóng.`;
  }
  return null;
}
