// The status line's words, from what the server acknowledged (per record,
// never bytes): changes still owed, conflicts, the last acknowledged sync,
// and — after a failure — when the next attempt comes.

import type { SyncProgress } from "../../store/sync/sync-state.repository";

export interface SyncStatusInput {
  progress: SyncProgress;
  unsynced: number;
  conflicts: number;
  online: boolean;
  now: number;
}

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", hour12: false });
}

export function syncStatusText({ progress, unsynced, conflicts, online, now }: SyncStatusInput): string {
  const last = progress.lastSyncAt ? ` · lần cuối ${clockTime(progress.lastSyncAt)}` : " · chưa đồng bộ lần nào";
  const conflictNote = conflicts > 0 ? ` · ${conflicts.toLocaleString("vi-VN")} xung đột` : "";
  if (!online) return `Mất kết nối – ${unsynced > 0 ? `${unsynced.toLocaleString("vi-VN")} thay đổi chờ gửi` : "đồng bộ khi có mạng"}${conflictNote}`;
  if (progress.lastError) {
    if (progress.retryAt) {
      const seconds = Math.max(0, Math.ceil((Date.parse(progress.retryAt) - now) / 1000));
      return `Mất kết nối – thử lại sau ${seconds.toLocaleString("vi-VN")} giây${conflictNote}`;
    }
    return `${progress.lastError}${conflictNote}`;
  }
  if (unsynced > 0) return `Chờ đồng bộ: ${unsynced.toLocaleString("vi-VN")} thay đổi${last}${conflictNote}`;
  // "Đã đồng bộ" only once the server has answered a whole run.
  if (!progress.lastSyncAt) return `Chưa đồng bộ lần nào${conflictNote}`;
  return `Đã đồng bộ${last}${conflictNote}`;
}
