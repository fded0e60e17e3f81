// The device profile (IndexedDB table `deviceProfile`, schema v10, one row
// keyed "device-profile"): who uses this device — the display name
// ("Người sử dụng") and the role (domain/device-role.ts) — and where the role
// came from: chosen on the device ("thiết bị") at commune setup or in the
// profile settings, or taken from the server account ("máy chủ").
//
// No row means no role chosen yet: the app works as "chỉ xem" until one is.
// A role from the server account wins: `choose` refuses to change it on the
// device; only `setFromServerAccount` (called by the sync client after login,
// with the answer of `GET /auth/me`) or `clearServerAccount` (logout) do.

import type { AppDatabase } from "../database";
import { isDeviceRoleId, roleFromServerAccount, type DeviceRoleId, type ServerAccount } from "../../domain/device-role";
import { nowIso } from "../ids";

export type ProfileSource = "thiết bị" | "máy chủ";

export interface DeviceProfile {
  id: "device-profile";
  role: DeviceRoleId;
  /** "Người sử dụng": recorded, with the role, as who made every change. */
  displayName: string;
  source: ProfileSource;
  updatedAt: string;
}

export class DeviceProfileError extends Error {}

const PROFILE_ID = "device-profile";

export class DeviceProfileRepository {
  constructor(private readonly database: AppDatabase) {}

  private table() {
    return this.database.table<DeviceProfile, string>("deviceProfile");
  }

  /** The stored profile, or null before a role was chosen (a stored row with an unknown role counts as none). */
  async get(): Promise<DeviceProfile | null> {
    const stored = await this.table().get(PROFILE_ID);
    return stored && isDeviceRoleId(stored.role) ? stored : null;
  }

  /** The user's own choice on the device (setup, profile settings). Refused while the server account decides. */
  async choose(role: DeviceRoleId, displayName: string): Promise<DeviceProfile> {
    return this.database.transaction("rw", this.table(), async () => {
      const current = await this.get();
      if (current?.source === "máy chủ" && current.role !== role) {
        throw new DeviceProfileError("Vai trò được đặt theo tài khoản trên máy chủ, không đổi được trên thiết bị.");
      }
      return this.write({ role, displayName: displayName.trim() || current?.displayName || "", source: current?.source ?? "thiết bị" });
    });
  }

  /**
   * For the sync client: after a login, the account's unit and role (`GET /auth/me`)
   * set the device's role (roleFromServerAccount) and name, marked "máy chủ".
   */
  async setFromServerAccount(account: ServerAccount): Promise<DeviceProfile> {
    return this.write({ role: roleFromServerAccount(account), displayName: account.displayName || account.username, source: "máy chủ" });
  }

  /** For the sync client on logout: the role stays, but the device may change it again. */
  async clearServerAccount(): Promise<void> {
    const current = await this.get();
    if (current?.source === "máy chủ") await this.write({ role: current.role, displayName: current.displayName, source: "thiết bị" });
  }

  private async write(fields: Pick<DeviceProfile, "role" | "displayName" | "source">): Promise<DeviceProfile> {
    const profile: DeviceProfile = { id: PROFILE_ID, ...fields, updatedAt: nowIso() };
    await this.table().put(profile);
    return profile;
  }
}
