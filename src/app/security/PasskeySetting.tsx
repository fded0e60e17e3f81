// "Mở khóa bằng passkey" in "Bảo mật", shown only where the browser and device
// offer a user-verifying passkey (WebAuthn with the PRF extension): adding it
// asks for the passphrase once; the passphrase stays the way back.

import { type FormEvent, useEffect, useState } from "react";
import { passkeyUnlockAvailable } from "../../store/crypto/passkey-unlock";
import { forgetPasskey, hasPasskey, setUpPasskey } from "./device-session";

export function PasskeySetting() {
  const [available, setAvailable] = useState(false);
  const [enrolled, setEnrolled] = useState(hasPasskey);
  const [passphrase, setPassphrase] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void passkeyUnlockAvailable().then((yes) => current && setAvailable(yes));
    return () => {
      current = false;
    };
  }, []);
  if (!available && !enrolled) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const added = await setUpPasskey(passphrase);
      setMessage(added ? { ok: true, text: "Đã thêm passkey. Lần mở khóa sau có thể dùng passkey của thiết bị." } : { ok: false, text: "Mật khẩu hiện tại không đúng." });
      if (added) {
        setEnrolled(true);
        setPassphrase("");
      }
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error && error.name === "PasskeyError" ? error.message : "Không thêm được passkey." });
    } finally {
      setBusy(false);
    }
  };

  if (enrolled) {
    return (
      <div className="security-change" aria-label="Passkey">
        <h3>Mở khóa bằng passkey</h3>
        {message?.ok && (
          <p className="security-ok" role="status">
            {message.text}
          </p>
        )}
        <p className="muted">Đã bật: màn hình khóa có nút “Mở khóa bằng passkey”. Mật khẩu vẫn dùng được.</p>
        <button
          type="button"
          onClick={() => {
            forgetPasskey();
            setEnrolled(false);
            setMessage(null);
          }}
        >
          Bỏ passkey
        </button>
      </div>
    );
  }
  return (
    <form className="security-change" onSubmit={(event) => void submit(event)} aria-label="Thêm passkey">
      <h3>Mở khóa bằng passkey</h3>
      <p className="muted">Dùng vân tay, khuôn mặt hoặc mã PIN của thiết bị thay cho gõ mật khẩu. Cần mật khẩu hiện tại một lần.</p>
      <label>
        Mật khẩu hiện tại
        <input type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      </label>
      {message && (
        <p className={message.ok ? "security-ok" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy || !passphrase}>
        {busy ? "Đang thêm…" : "Thêm passkey"}
      </button>
    </form>
  );
}
