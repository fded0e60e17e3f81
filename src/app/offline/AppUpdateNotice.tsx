// The bar over the map that says a newer version of the app has taken over
// (or a part of this one could not be loaded) and offers "Tải lại" — never
// reloads by itself, so a form being filled in is not lost.

import { createPortal } from "react-dom";
import type { AppUpdate } from "./use-offline-service-worker";

const MESSAGES: Record<Exclude<AppUpdate, null>, string> = {
  "new-version": "Đã có phiên bản mới của ứng dụng. Hãy lưu việc đang làm rồi bấm “Tải lại” để dùng phiên bản mới.",
  "missing-part": "Không tải được một phần của ứng dụng (ứng dụng vừa được cập nhật). Hãy lưu việc đang làm rồi bấm “Tải lại”.",
};

export function AppUpdateNotice({ update }: { update: AppUpdate }) {
  if (!update) return null;
  return createPortal(
    <div className="app-update-notice" role="alert" data-app-update={update}>
      <span>{MESSAGES[update]}</span>
      <button type="button" onClick={() => window.location.reload()}>
        Tải lại
      </button>
    </div>,
    document.body,
  );
}
