// In the app's header, always: "Khóa" locks every tab now; "Bảo mật" opens
// the device-security settings (idle lock, passphrase change).

import { useState } from "react";
import { lockEverywhere } from "./lock-channel";
import { SecuritySettings } from "./SecuritySettings";

export function DeviceLockControls() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <div className="device-lock-controls">
      <button type="button" className="lock-button" onClick={lockEverywhere} title="Khóa ứng dụng ngay trên mọi thẻ; mở lại cần mật khẩu">
        Khóa
      </button>
      <button type="button" className="link-button" aria-expanded={settingsOpen} onClick={() => setSettingsOpen((open) => !open)}>
        Bảo mật
      </button>
      {settingsOpen && <SecuritySettings />}
    </div>
  );
}
