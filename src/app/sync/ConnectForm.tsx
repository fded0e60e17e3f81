// "Kết nối máy chủ tỉnh": server address, user name, password and the 6-digit
// code of the authenticator app. The password is sent once and never stored.

import { useState, type FormEvent } from "react";
import { userErrorMessage } from "../workspace";
import { syncLink } from "./sync-link";

export function ConnectForm({ defaultServer = "" }: { defaultServer?: string }) {
  const [serverUrl, setServerUrl] = useState(defaultServer);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await syncLink.connect({ serverUrl, username, password, totp });
      setPassword("");
      setTotp("");
    } catch (failure) {
      setError(userErrorMessage(failure, "Không kết nối được máy chủ tỉnh."));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="sync-connect" aria-label="Kết nối máy chủ tỉnh" onSubmit={(event) => void submit(event)}>
      <h3>Kết nối máy chủ tỉnh</h3>
      <label>
        Địa chỉ máy chủ
        <input type="url" value={serverUrl} onChange={(event) => setServerUrl(event.target.value)} placeholder="https://bando.tinh.gov.vn" required />
      </label>
      <label>
        Tên đăng nhập
        <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" required />
      </label>
      <label>
        Mật khẩu
        <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" required />
      </label>
      <label>
        Mã xác thực (6 chữ số)
        <input inputMode="numeric" pattern="\d{6}" value={totp} onChange={(event) => setTotp(event.target.value)} autoComplete="one-time-code" required />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "Đang kết nối…" : "Kết nối"}
      </button>
    </form>
  );
}
