// Turns a failed IndexedDB write into a Vietnamese sentence for the officer.
// Only the error's name is used (quota, a record the browser cannot store, a
// closed database); the engine's English message never reaches the user.

import { userErrorMessage } from "./user-error-message";

function errorName(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return inner ?? name;
}

export function storageErrorMessage(error: unknown): string {
  switch (errorName(error)) {
    case "QuotaExceededError":
      return "Bộ nhớ của trình duyệt đã đầy nên không lưu được. Dữ liệu cũ vẫn còn nguyên; hãy xóa bớt lớp hoặc bộ nhớ đệm bản đồ không dùng rồi thử lại.";
    case "DataCloneError":
      return "Dữ liệu có cấu trúc trình duyệt không lưu được (ví dụ lồng nhau quá sâu). Dữ liệu cũ vẫn còn nguyên.";
    case "DatabaseClosedError":
    case "InvalidStateError":
      return "Bộ nhớ của trình duyệt đang bị đóng (có thể do tab khác đang nâng cấp dữ liệu). Hãy tải lại trang rồi thử lại; dữ liệu cũ vẫn còn nguyên.";
    case "AbortError":
      return "Việc lưu bị hủy giữa chừng nên không có gì thay đổi. Hãy thử lại.";
    default:
      return userErrorMessage(error, "Không lưu được vào bộ nhớ trình duyệt do một lỗi không mong đợi. Dữ liệu cũ vẫn còn nguyên; hãy tải lại trang rồi thử lại.");
  }
}
