// The one-time encryption of the records stored before this version, with
// its progress; a failure is said in Vietnamese and can be retried (every
// record is kept: an unsealed record stays readable until it is sealed), or,
// when records were sealed under a lost keyring, the device wiped.

import { useEffect, useState } from "react";
import { SecurityScreen } from "./SecurityScreen";
import type { MigrationProgress } from "../../store/crypto/encrypt-existing-records";
import { ForgetPassphrase } from "./ForgetPassphrase";

export function EncryptionProgress({ run, onDone }: { run: (onProgress: MigrationProgress) => Promise<void>; onDone: () => void }) {
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setFailed(false);
    run((done, total) => current && setProgress({ done, total })).then(
      () => current && onDone(),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
    // A new attempt only when the user asks for one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  const number = (value: number) => value.toLocaleString("vi-VN");
  return (
    <SecurityScreen title="Đang mã hóa dữ liệu hiện có">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Tiến độ mã hóa" />
      <p role="status">
        {number(progress.done)} / {number(progress.total)} bản ghi
      </p>
      {failed && (
        <>
          <p className="error" role="alert">
            Chưa mã hóa xong: bộ nhớ trình duyệt báo lỗi. Dữ liệu không bị mất; hãy thử lại.
          </p>
          <button type="button" onClick={() => setAttempt((value) => value + 1)}>
            Thử lại
          </button>
          {/* Records sealed with a key whose keyring is gone (site data partly cleared) can never open again. */}
          <ForgetPassphrase />
        </>
      )}
    </SecurityScreen>
  );
}
