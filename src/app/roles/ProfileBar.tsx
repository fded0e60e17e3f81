// Under the app title: who uses the device and in which role, with the place
// to change it ("Đổi"); before any role is chosen, a plain warning that the
// device is read-only until one is.

import { useState } from "react";
import { type DeviceRoleId } from "../../domain/device-role";
import { userErrorMessage } from "../workspace";
import { deviceProfiles } from "./device-profile-store";
import { RoleFields } from "./RoleFields";
import { usePermissions } from "./use-permissions";
import "./roles.css";

export function ProfileBar() {
  const { loaded, profile, role } = usePermissions();
  const [open, setOpen] = useState(false);
  if (!loaded) return null;
  return (
    <div className="profile-bar" data-testid="profile-bar">
      {profile ? (
        <p>
          Người sử dụng: {profile.displayName || "chưa ghi tên"} · <span className="role-name">{role.label}</span>
          {profile.source === "máy chủ" && " (theo tài khoản máy chủ)"}{" "}
          <button type="button" className="link-button" onClick={() => setOpen((shown) => !shown)} aria-expanded={open}>
            Đổi vai trò
          </button>
        </p>
      ) : (
        <p className="profile-bar-missing" role="note">
          Chưa chọn vai trò: thiết bị đang ở chế độ chỉ xem.{" "}
          <button type="button" className="link-button" onClick={() => setOpen((shown) => !shown)} aria-expanded={open}>
            Chọn vai trò
          </button>
        </p>
      )}
      {open && <ProfileSettings initialRole={role.id} initialName={profile?.displayName ?? ""} locked={profile?.source === "máy chủ"} onDone={() => setOpen(false)} />}
    </div>
  );
}

function ProfileSettings({ initialRole, initialName, locked, onDone }: { initialRole: DeviceRoleId; initialName: string; locked: boolean; onDone: () => void }) {
  const [role, setRole] = useState(initialRole);
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    try {
      await deviceProfiles.choose(role, name);
      onDone();
    } catch (reason) {
      setError(userErrorMessage(reason, "Không lưu được vai trò."));
    }
  }
  return (
    <form
      className="profile-settings"
      aria-label="Vai trò và người sử dụng"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <RoleFields role={role} displayName={name} onRole={setRole} onDisplayName={setName} roleLocked={locked} />
      <button type="submit">Lưu vai trò</button>{" "}
      <button type="button" onClick={onDone}>
        Đóng
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
