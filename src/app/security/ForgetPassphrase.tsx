// "Quên mật khẩu": the data is encrypted with the passphrase, so forgetting it
// means wiping the device's data and starting again — said plainly, and done
// only after an explicit confirmation.

import { useState } from "react";
import { wipeDevice } from "./device-session";
import { lockEverywhere } from "./lock-channel";

export function ForgetPassphrase() {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const wipe = async () => {
    setBusy(true);
    try {
      await wipeDevice();
      lockEverywhere();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Quên mật khẩu?
      </button>
    );
  }
  return (
    <div className="security-forget" role="group" aria-label="Quên mật khẩu">
      <p className="security-warning">
        Không có cách nào lấy lại mật khẩu, vì dữ liệu được mã hóa bằng chính mật khẩu đó. Quên mật khẩu nghĩa là <strong>xóa toàn bộ dữ liệu trên máy này</strong> —
        vụ việc, người liên quan, lớp bản đồ, diễn tập, ảnh, hàng chờ đồng bộ chưa gửi — rồi đặt mật khẩu mới và bắt đầu lại. Dữ liệu đã đồng bộ lên máy chủ
        tỉnh hoặc đã xuất ra tệp vẫn còn ở đó.
      </p>
      <label className="security-check">
        <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
        Tôi hiểu: dữ liệu trên máy sẽ bị xóa vĩnh viễn
      </label>
      {failed && (
        <p className="error" role="alert">
          Chưa xóa được dữ liệu. Hãy đóng các thẻ khác của ứng dụng rồi thử lại.
        </p>
      )}
      <button type="button" className="danger-button" disabled={!understood || busy} onClick={() => void wipe()}>
        {busy ? "Đang xóa…" : "Xóa toàn bộ dữ liệu trên máy"}
      </button>{" "}
      <button type="button" onClick={() => setOpen(false)} disabled={busy}>
        Hủy
      </button>
    </div>
  );
}
