// First start (and "Xã / phường" later): choose the commune this device works
// on, or open the sample. Shown in place of the feature tabs until a
// workspace is open.

import { useState } from "react";
import { storageErrorMessage } from "../workspace";
import { openSampleWorkspace } from "./open-sample-workspace";

export function SetupPanel({ onDone }: { onDone?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function openSample() {
    setBusy(true);
    setError(null);
    try {
      await openSampleWorkspace();
      onDone?.();
    } catch (reason) {
      setError(`Không mở được dữ liệu mẫu: ${storageErrorMessage(reason)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="setup-panel" aria-labelledby="setup-title">
      <h2 id="setup-title">Chọn xã, phường làm việc</h2>
      <p className="muted">Dữ liệu mẫu là một xã giả định để làm quen với ứng dụng; dữ liệu của xã bạn được lưu riêng.</p>
      <button type="button" onClick={() => void openSample()} disabled={busy}>
        Mở dữ liệu mẫu
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
