// The one hook every feature asks "may this user see / do this?". It reads
// the device profile's role and answers from the permission table in
// domain/device-role.ts; no view keeps its own list of who may do what.

import { useMemo } from "react";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { actorName, deviceRole, roleMay, roleMayEditLayer, tabsForRole, type DeviceRole, type RoleAction } from "../../domain/device-role";
import type { DeviceProfile } from "../../store/profile/device-profile.repository";
import { roleOf, useDeviceProfile } from "./device-profile-store";

export interface Permissions {
  loaded: boolean;
  profile: DeviceProfile | null;
  role: DeviceRole;
  /** "Nguyễn Văn An (Công an xã)": recorded as who made a change. */
  actor: string;
  can: (action: RoleAction) => boolean;
  canEditLayer: (layerId: BuiltInLayerId) => boolean;
  /** The given tabs the role sees, in the role's order. */
  visibleTabs: <T extends { id: string }>(tabs: readonly T[]) => T[];
}

export function usePermissions(): Permissions {
  const { loaded, profile } = useDeviceProfile();
  return useMemo(() => {
    const id = roleOf(profile);
    return {
      loaded,
      profile,
      role: deviceRole(id),
      actor: actorName(profile?.displayName ?? "", id),
      can: (action: RoleAction) => roleMay(id, action),
      canEditLayer: (layerId: BuiltInLayerId) => roleMayEditLayer(id, layerId),
      visibleTabs: <T extends { id: string }>(tabs: readonly T[]) => tabsForRole(id, tabs),
    };
  }, [loaded, profile]);
}
