// One Vietnamese sentence for a tile that could not be fetched, shown in the
// offline tab (the map itself draws nothing there). Library and browser
// wording ("Failed to fetch", "Bad response code") never reaches the user.

import { TileHttpError } from "../../store/offline/tile-source-access";
import { NetworkTimeoutError, RangeUnsupportedError, TileContentError, TileTooLargeError } from "./network-limits";

export function tileErrorMessage(error: unknown): string {
  if (
    error instanceof TileHttpError ||
    error instanceof NetworkTimeoutError ||
    error instanceof TileContentError ||
    error instanceof TileTooLargeError ||
    error instanceof RangeUnsupportedError
  ) {
    return error.message;
  }
  if (error instanceof TypeError) return "Không kết nối được máy chủ bản đồ (mất mạng, URL sai hoặc máy chủ chặn truy cập).";
  return "Không lấy được ô bản đồ từ nguồn này.";
}
