// "Bảo mật": how long the app may stay unattended before it locks, and the
// passphrase change (which re-wraps the data key; no record is rewritten),
// and the passkey as a second way to unlock where the device offers one.

import { type FormEvent, useState } from "react";
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, readIdleMinutes, saveIdleMinutes } from "./security-storage";
import { changePassphrase } from "./device-session";
import { confirmationProblem, PASSPHRASE_RULE, passphraseProblem } from "./passphrase-rules";
import { PasskeySetting } from "./PasskeySetting";

export function SecuritySettings() {
  return (
    <section className="security-settings" aria-label="Bảo mật thiết bị">
      <IdleMinutesSetting />
      <ChangePassphrase />
      <PasskeySetting />
    </section>
  );
}

function IdleMinutesSetting() {
  const [text, setText] = useState(() => String(readIdleMinutes()));
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= MIN_IDLE_MINUTES && value <= MAX_IDLE_MINUTES;
  return (
    <div className="security-field">
      <label>
        Tự khóa sau{" "}
        <input
          type="number"
          min={MIN_IDLE_MINUTES}
          max={MAX_IDLE_MINUTES}
          step={1}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const minutes = Number(event.target.value);
            if (Number.isInteger(minutes) && minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES) saveIdleMinutes(minutes);
          }}
          aria-describedby="idle-minutes-help"
        />{" "}
        phút không dùng
      </label>
      <p id="idle-minutes-help" className={valid ? "muted" : "error"}>
        {valid ? "Áp dụng cho mọi thẻ của ứng dụng trên máy này." : `Nhập số phút nguyên từ ${MIN_IDLE_MINUTES} đến ${MAX_IDLE_MINUTES}.`}
      </p>
    </div>
  );
}

function ChangePassphrase() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passphraseProblem(next) ?? confirmationProblem(next, confirmation);
    if (problem) return setMessage({ ok: false, text: problem });
    setBusy(true);
    const changed = await changePassphrase(current, next);
    setBusy(false);
    if (!changed) return setMessage({ ok: false, text: "Mật khẩu hiện tại không đúng." });
    setCurrent("");
    setNext("");
    setConfirmation("");
    setMessage({ ok: true, text: "Đã đổi mật khẩu. Lần mở khóa sau dùng mật khẩu mới." });
  };

  return (
    <form className="security-change" onSubmit={(event) => void submit(event)} aria-label="Đổi mật khẩu">
      <h3>Đổi mật khẩu</h3>
      <label>
        Mật khẩu hiện tại
        <input type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} />
      </label>
      <label>
        Mật khẩu mới
        <input type="password" autoComplete="new-password" value={next} onChange={(event) => setNext(event.target.value)} />
      </label>
      <label>
        Nhập lại mật khẩu mới
        <input type="password" autoComplete="new-password" value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
      </label>
      <p className="muted">{PASSPHRASE_RULE}</p>
      {message && (
        <p className={message.ok ? "security-ok" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy || !current || !next}>
        {busy ? "Đang đổi…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
