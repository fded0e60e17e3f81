// A small always-visible badge over the map: online or offline, and whether
// the app shell is installed for offline use. Rendered through a portal, so
// it shows whichever side-panel tab is open.

import { createPortal } from "react-dom";
import type { AppShellState } from "./use-offline-service-worker";

const SHELL_NOTE: Record<AppShellState, string> = {
  unsupported: "",
  installing: "đang chuẩn bị dùng ngoại tuyến",
  ready: "ứng dụng dùng được ngoại tuyến",
  failed: "chưa cài được bản ngoại tuyến",
};

export function OnlineIndicator({ online, shell }: { online: boolean; shell: AppShellState }) {
  const note = SHELL_NOTE[shell];
  return createPortal(
    <div
      className={`offline-indicator ${online ? "is-online" : "is-offline"}`}
      role="status"
      aria-label="Trạng thái kết nối"
      data-online={online}
      data-app-shell={shell}
      title={note}
    >
      <span aria-hidden="true" className="offline-indicator-dot" />
      {online ? "Trực tuyến" : "Ngoại tuyến"}
      {note && <span className="offline-indicator-note"> · {note}</span>}
    </div>,
    document.body,
  );
}
