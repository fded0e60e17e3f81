// First start (and "Xã / phường" later): choose the communes this device works
// on from the official list, or open the sample. Shown in place of the feature tabs until a
// workspace is open. At first start (no device profile yet) it also asks for
// the user's role and name; they are stored as the workspace opens.

import { useState } from "react";
import { storageErrorMessage } from "../workspace";
import { CommunePicker } from "./CommunePicker";
import { openSampleWorkspace } from "./open-sample-workspace";
import { deviceProfiles, RoleFields, useDeviceProfile } from "../roles";
import type { DeviceRoleId } from "../../domain/device-role";

/** The commune's military command is the first user the design card names. */
const FIRST_START_ROLE: DeviceRoleId = "ban-chqs-xa";

export function SetupPanel({ onDone }: { onDone?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { loaded, profile } = useDeviceProfile();
  const [role, setRole] = useState<DeviceRoleId>(FIRST_START_ROLE);
  const [displayName, setDisplayName] = useState("");
  const asksRole = loaded && profile === null;
  /** The role chosen at first start is stored before the workspace opens, so the first screen is already the role's. */
  const saveRole = async () => {
    if (asksRole) await deviceProfiles.choose(role, displayName);
  };

  async function openSample() {
    setBusy(true);
    setError(null);
    try {
      await saveRole();
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
      {asksRole && (
        <fieldset className="setup-role">
          <legend>Ai dùng thiết bị này?</legend>
          <RoleFields role={role} displayName={displayName} onRole={setRole} onDisplayName={setDisplayName} />
        </fieldset>
      )}
      <CommunePicker beforeOpen={saveRole} onOpened={onDone} />
      <p className="muted">Hoặc làm quen với ứng dụng trên một xã mẫu (ranh giới thật của xã Vũ Quang, các lớp khác là dữ liệu giả định); dữ liệu của mỗi xã được lưu riêng.</p>
      <button type="button" onClick={() => void openSample()} disabled={busy || !loaded}>
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
