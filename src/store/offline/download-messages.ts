// Vietnamese messages for a download that storage stopped, and the test for
// "the disk (the browser's quota) is full" — Dexie wraps the DOMException, so
// both the error and its `inner` are checked.

export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === "QuotaExceededError" || inner === "QuotaExceededError";
}

export function downloadStorageMessage(quota: boolean, error?: unknown): string {
  if (quota) {
    return "Bộ nhớ của trình duyệt đã đầy nên đã dừng tải. Các ô bản đồ đã tải và mọi dữ liệu khác vẫn còn nguyên. Hãy thu hẹp vùng hoặc mức thu phóng, xóa bớt bộ nhớ đệm, rồi bấm “Tiếp tục”.";
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Không lưu được ô bản đồ vào bộ nhớ trình duyệt (${detail}) nên đã dừng tải. Dữ liệu đã lưu vẫn còn nguyên.`;
}
