// The lock screen: the passphrase, the waiting time after repeated wrong ones
// (counted across reloads), "Mở khóa bằng passkey" when one was added in
// "Bảo mật", and "Quên mật khẩu", which can only wipe.

import { type FormEvent, useEffect, useState } from "react";
import { SecurityScreen } from "./SecurityScreen";
import { hasPasskey, unlock, unlockByPasskey } from "./device-session";
import { readFailures } from "./security-storage";
import { FREE_ATTEMPTS, formatWait, waitLeft } from "./unlock-delay";
import { ForgetPassphrase } from "./ForgetPassphrase";
import { lockThisTab } from "./lock-channel";

function useWaitLeft(): [number, () => void] {
  const [now, setNow] = useState(() => Date.now());
  const left = waitLeft(readFailures(), now);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [left]);
  return [left, () => setNow(Date.now())];
}

export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [left, refresh] = useWaitLeft();

  const passkey = async () => {
    setBusy(true);
    try {
      const outcome = await unlockByPasskey();
      if (outcome.kind === "unlocked") return onUnlocked();
      return lockThisTab();
    } catch (error) {
      setMessage(error instanceof Error && error.name === "PasskeyError" ? error.message : "Không mở được bằng passkey.");
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    const outcome = await unlock(passphrase);
    setBusy(false);
    refresh();
    if (outcome.kind === "unlocked") return onUnlocked();
    if (outcome.kind === "wiped") return lockThisTab();
    setPassphrase("");
    if (outcome.kind === "wait") return setMessage(null);
    const free = FREE_ATTEMPTS - outcome.failures;
    setMessage(free > 0 ? `Mật khẩu không đúng. Còn ${free} lần thử trước khi phải chờ.` : "Mật khẩu không đúng.");
  };

  return (
    <SecurityScreen title="Dữ liệu trên máy đang khóa">
      <p>Nhập mật khẩu (hoặc mã PIN) của thiết bị để mở dữ liệu của xã.</p>
      <form onSubmit={(event) => void submit(event)} aria-label="Mở khóa">
        <label>
          Mật khẩu
          <input
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            disabled={busy || left > 0}
            autoFocus
          />
        </label>
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        {left > 0 && (
          <p className="error" role="alert">
            Đã nhập sai {readFailures().count} lần. Thử lại sau {formatWait(left)}.
          </p>
        )}
        <button type="submit" disabled={busy || left > 0 || !passphrase}>
          {busy ? "Đang mở…" : "Mở khóa"}
        </button>
      </form>
      {hasPasskey() && (
        <button type="button" className="security-passkey" disabled={busy} onClick={() => void passkey()}>
          Mở khóa bằng passkey
        </button>
      )}
      <ForgetPassphrase />
    </SecurityScreen>
  );
}
