// First start (and "Xã / phường" later): choose the communes this device works
// on from the official list, or open the sample. Shown in place of the feature tabs until a
// workspace is open.

import { useState } from "react";
import { storageErrorMessage } from "../workspace";
import { CommunePicker } from "./CommunePicker";
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
      <CommunePicker onOpened={onDone} />
      <p className="muted">Hoặc làm quen với ứng dụng trên một xã mẫu (ranh giới thật của xã Vũ Quang, các lớp khác là dữ liệu giả định); dữ liệu của mỗi xã được lưu riêng.</p>
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
