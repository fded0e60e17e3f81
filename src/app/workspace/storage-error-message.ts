// Turns a failed IndexedDB write into a Vietnamese sentence for the officer.

export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") {
    return "Bộ nhớ của trình duyệt đã đầy nên không lưu được lớp này. Dữ liệu cũ vẫn còn nguyên; hãy xóa bớt lớp không dùng rồi thử lại.";
  }
  return `Không lưu được vào bộ nhớ trình duyệt (${error instanceof Error ? error.message : String(error)}). Dữ liệu cũ vẫn còn nguyên.`;
}
