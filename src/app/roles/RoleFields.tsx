// The role and user-name fields, as in commune setup and the profile settings.

import { DEVICE_ROLES, deviceRole, type DeviceRoleId } from "../../domain/device-role";
import "./roles.css";

interface Props {
  role: DeviceRoleId;
  displayName: string;
  onRole: (role: DeviceRoleId) => void;
  onDisplayName: (name: string) => void;
  /** A role set by the server account is shown, not chosen. */
  roleLocked?: boolean;
}

export function RoleFields({ role, displayName, onRole, onDisplayName, roleLocked }: Props) {
  return (
    <div className="role-fields">
      <label>
        Vai trò trên thiết bị
        <select value={role} disabled={roleLocked} onChange={(event) => onRole(event.target.value as DeviceRoleId)}>
          {DEVICE_ROLES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{roleLocked ? "Theo tài khoản trên máy chủ." : deviceRole(role).description}</p>
      <label>
        Người sử dụng
        <input value={displayName} placeholder="Họ và tên (ghi vào lịch sử sửa)" onChange={(event) => onDisplayName(event.target.value)} />
      </label>
    </div>
  );
}
