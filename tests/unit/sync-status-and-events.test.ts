// The status line's words (what the server acknowledged, never bytes) and
// the server-sent events parser (fetch + stream reader, chunks split anywhere).

import { describe, expect, test } from "vitest";
import { syncStatusText } from "../../src/app/sync/sync-status-text";
import { parseEventStream } from "../../src/store/sync/server-events";
import { INITIAL_PROGRESS } from "../../src/store/sync/sync-state.repository";

const AT_10_42 = new Date(2026, 2, 1, 10, 42).toISOString();
const NOW = Date.parse(AT_10_42) + 60_000;

describe("status line", () => {
  test("pending, synced, retrying, offline, conflicts", () => {
    const synced = { ...INITIAL_PROGRESS, lastSyncAt: AT_10_42 };
    expect(syncStatusText({ progress: synced, unsynced: 3, conflicts: 0, online: true, now: NOW })).toBe("Chờ đồng bộ: 3 thay đổi · lần cuối 10:42");
    expect(syncStatusText({ progress: synced, unsynced: 0, conflicts: 0, online: true, now: NOW })).toBe("Đã đồng bộ · lần cuối 10:42");
    expect(syncStatusText({ progress: { ...synced, lastError: "Không kết nối được máy chủ tỉnh", retryAt: new Date(NOW + 19_200).toISOString() }, unsynced: 3, conflicts: 0, online: true, now: NOW })).toBe(
      "Mất kết nối – thử lại sau 20 giây",
    );
    expect(syncStatusText({ progress: synced, unsynced: 2, conflicts: 1, online: false, now: NOW })).toBe("Mất kết nối – 2 thay đổi chờ gửi · 1 xung đột");
    expect(syncStatusText({ progress: INITIAL_PROGRESS, unsynced: 0, conflicts: 0, online: true, now: NOW })).toBe("Chưa đồng bộ lần nào");
  });
});

describe("server-sent events", () => {
  test("events split across chunks, comments and pings skipped", () => {
    const stream = ': ping\n\nevent: changes\ndata: {"cursor":"42"}\n\nevent: alert\r\ndata: {"type":"Feature",\r\ndata: "id":"a"}\r\n\r\nevent: chan';
    const { events, rest } = parseEventStream(stream);
    expect(events).toEqual([
      { event: "changes", data: '{"cursor":"42"}' },
      { event: "alert", data: '{"type":"Feature",\n"id":"a"}' },
    ]);
    expect(parseEventStream(`${rest}ges\ndata: {}\n\n`).events).toEqual([{ event: "changes", data: "{}" }]);
  });
});
