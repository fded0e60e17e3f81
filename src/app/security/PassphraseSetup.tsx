// First start: the user sets the passphrase (or PIN) that protects the data
// on this device, told plainly what is accepted and that a forgotten
// passphrase cannot be recovered.

import { type FormEvent, useState } from "react";
import { SecurityScreen } from "./SecurityScreen";
import { confirmationProblem, PASSPHRASE_RULE, passphraseProblem } from "./passphrase-rules";
import { setUpPassphrase } from "./device-session";

export function PassphraseSetup({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = passphraseProblem(passphrase) ?? confirmationProblem(passphrase, confirmation);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await setUpPassphrase(passphrase);
      onDone();
    } catch {
      setProblem("Không tạo được khóa mã hóa trên trình duyệt này. Hãy dùng bản Chromium, Firefox hoặc Safari mới.");
      setBusy(false);
    }
  };

  return (
    <SecurityScreen title="Đặt mật khẩu bảo vệ dữ liệu trên máy">
      <p>
        Mọi dữ liệu của xã trên máy này — vụ việc và người liên quan, lớp bản đồ, diễn tập, kiểm tra cột mốc, tuần tra, ảnh, hàng chờ đồng bộ — được
        mã hóa bằng mật khẩu này. Mỗi lần mở ứng dụng, và sau một thời gian không dùng, phải nhập lại mật khẩu.
      </p>
      <p className="security-rule">{PASSPHRASE_RULE}</p>
      <p className="security-warning">Không có cách lấy lại mật khẩu: quên mật khẩu thì chỉ còn cách xóa toàn bộ dữ liệu trên máy.</p>
      <form onSubmit={(event) => void submit(event)} aria-label="Đặt mật khẩu">
        <label>
          Mật khẩu mới
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} autoFocus />
        </label>
        <label>
          Nhập lại mật khẩu
          <input type="password" autoComplete="new-password" value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        </label>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Đang tạo khóa…" : "Đặt mật khẩu"}
        </button>
      </form>
    </SecurityScreen>
  );
}
