// The incident form's autosave of its draft, 300 ms after each change. A full
// browser storage rejects it (QuotaExceededError, or Dexie's AbortError that
// wraps it); that used to be an uncaught rejection nobody saw. Now the failure
// comes back as a Vietnamese sentence the form shows, and what is typed stays.

import { storageErrorMessage } from "../workspace";

/** Runs one draft write; null when it was stored, else the message to show. */
export async function autosaveDraft(write: () => Promise<void>): Promise<string | null> {
  try {
    await write();
    return null;
  } catch (error) {
    return `Bản nháp chưa được lưu tạm: ${storageErrorMessage(error)} Nội dung đang gõ vẫn còn trên màn hình — hãy bấm “Lưu”.`;
  }
}
