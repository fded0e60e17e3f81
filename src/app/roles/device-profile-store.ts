// The device profile as every view and every repository call sees it: one
// shared Dexie liveQuery over `deviceProfile` (store/profile), started by the
// first reader, so a role chosen in one place (setup, the profile settings,
// the sync client, another tab) shows everywhere at once. `currentActor()`
// gives non-React code (the editor's history, repositories' callers) the
// "name (role)" every change is recorded with.

import { liveQuery } from "dexie";
import { useSyncExternalStore } from "react";
import { actorName, FALLBACK_ROLE, type DeviceRoleId } from "../../domain/device-role";
import { DeviceProfileRepository, type DeviceProfile } from "../../store/profile/device-profile.repository";
import { appDatabase } from "../workspace";

export const deviceProfiles = new DeviceProfileRepository(appDatabase);

export interface ProfileSnapshot {
  /** false until the stored profile has been read once. */
  loaded: boolean;
  profile: DeviceProfile | null;
}

let snapshot: ProfileSnapshot = { loaded: false, profile: null };
const listeners = new Set<() => void>();
let subscription: { unsubscribe(): void } | null = null;

function start(): void {
  if (subscription) return;
  subscription = liveQuery(() => deviceProfiles.get()).subscribe({
    next: (profile) => {
      snapshot = { loaded: true, profile };
      listeners.forEach((listener) => listener());
    },
    // An unreadable profile reads as none: the device works as "chỉ xem".
    error: () => {
      snapshot = { loaded: true, profile: null };
      listeners.forEach((listener) => listener());
    },
  });
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeviceProfile(): ProfileSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** The role in force: the stored one, or "chỉ xem" while none is chosen. */
export function roleOf(profile: DeviceProfile | null): DeviceRoleId {
  return profile?.role ?? FALLBACK_ROLE;
}

/** Who a change made now is recorded as: "Nguyễn Văn An (Công an xã)". */
export function currentActor(): string {
  start();
  const { profile } = snapshot;
  return profile ? actorName(profile.displayName, profile.role) : actorName("", FALLBACK_ROLE);
}
