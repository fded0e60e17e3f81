// The connected account (from GET /auth/me: unit, role, communes), "Đồng bộ
// ngay" and "Đăng xuất". Logging out never deletes unsynced changes: when
// some wait, the user is told how many and that they stay on the device.

import { useState } from "react";
import { appDatabase, useLiveData, userErrorMessage } from "../workspace";
import { SyncStateRepository } from "../../store/sync/sync-state.repository";
import { syncLink, type LiveLink } from "./sync-link";

const ROLE_LABELS = { "bien-tap": "biên tập", "chi-xem": "chỉ xem" } as const;

export function SessionSummary({ link }: { link: LiveLink }) {
  const session = useLiveData(() => new SyncStateRepository(appDatabase).session(), []).data;
  const [confirm, setConfirm] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const syncNow = async () => {
    const outcome = await link.engine.syncNow();
    setMessage(outcome.ok ? null : outcome.message);
  };
  const askLogout = async () => {
    const count = await syncLink.unsyncedCount();
    if (count === 0) await syncLink.logout();
    else setConfirm(count);
  };
  const logout = async () => {
    try {
      await syncLink.logout();
    } catch (error) {
      setMessage(userErrorMessage(error, "Chưa đăng xuất được."));
    }
  };
  const account = session?.account;
  return (
    <section className="sync-session" aria-label="Phiên máy chủ tỉnh">
      <p>
        Đã kết nối <strong>{session?.serverUrl}</strong> với tài khoản <strong>{session?.username}</strong>
        {account ? ` – ${account.unitName} (${ROLE_LABELS[account.role]}${account.communeCodes.length > 0 ? `, xã ${account.communeCodes.join(", ")}` : ""})` : ""}.
      </p>
      {message && <p role="alert" className="error">{message}</p>}
      <div className="sync-actions">
        <button type="button" onClick={() => void syncNow()}>
          Đồng bộ ngay
        </button>
        <button type="button" onClick={() => void askLogout()}>
          Đăng xuất
        </button>
      </div>
      {confirm !== null && (
        <div role="alertdialog" aria-label="Đăng xuất khi còn thay đổi chưa đồng bộ" className="sync-logout-warning">
          <p>
            Còn <strong>{confirm.toLocaleString("vi-VN")} thay đổi</strong> chưa được máy chủ tỉnh xác nhận. Đăng xuất không xóa chúng: chúng được giữ trên máy này và
            gửi đi ở lần đăng nhập sau.
          </p>
          <button type="button" onClick={() => void logout().then(() => setConfirm(null))}>
            Vẫn đăng xuất (giữ thay đổi)
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            Ở lại
          </button>
        </div>
      )}
    </section>
  );
}
