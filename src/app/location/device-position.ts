// The device's position, shared by everything on the page that needs it
// ("Vị trí của tôi", the live patrol track, photo stamps): one
// navigator.geolocation.watchPosition runs while at least one user watches,
// and stops when the last one stops, so the GPS is not kept on for nothing.

import { useEffect, useSyncExternalStore } from "react";
import type { TrackFix } from "../../domain/track-recording";
import { geolocationErrorMessage, NO_GEOLOCATION_MESSAGE } from "./geolocation-messages";

export type DeviceFix = TrackFix;

export interface DevicePositionState {
  fix: DeviceFix | null;
  /** Vietnamese message of the last failure; cleared by the next fix. */
  error: string | null;
}

const WATCH_OPTIONS: PositionOptions = { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 };
/** A fix older than this is not "the current position" (photo stamps, "Lấy vị trí hiện tại"). */
export const FRESH_FIX_MS = 30_000;

let state: DevicePositionState = { fix: null, error: null };
const listeners = new Set<() => void>();
let watchers = 0;
let watchId: number | null = null;

function publish(next: DevicePositionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export function fixFromPosition(position: GeolocationPosition): DeviceFix {
  return { lon: position.coords.longitude, lat: position.coords.latitude, accuracyMetres: position.coords.accuracy, time: position.timestamp };
}

/** Starts watching (shared); the returned function stops this watcher. */
export function watchDevicePosition(): () => void {
  watchers += 1;
  if (watchers === 1) {
    if (!("geolocation" in navigator)) publish({ ...state, error: NO_GEOLOCATION_MESSAGE });
    else
      watchId = navigator.geolocation.watchPosition(
        (position) => publish({ fix: fixFromPosition(position), error: null }),
        (error) => publish({ ...state, error: geolocationErrorMessage(error) }),
        WATCH_OPTIONS,
      );
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watchers -= 1;
    if (watchers === 0 && watchId !== null) {
      navigator.geolocation.clearWatch(watchId);
      watchId = null;
      publish({ fix: state.fix, error: null });
    }
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest position and error; watches the device while `active`. */
export function useDevicePosition(active: boolean): DevicePositionState {
  useEffect(() => (active ? watchDevicePosition() : undefined), [active]);
  return useSyncExternalStore(subscribe, () => state);
}

/** The last fix if it is recent enough to stand for "here, now", else null. */
export function freshFix(now = Date.now()): DeviceFix | null {
  return state.fix && now - state.fix.time <= FRESH_FIX_MS ? state.fix : null;
}

/**
 * One position now: the watched fix while the position is being watched (it
 * is the latest the device has), else the device is asked once — never an
 * old fix, so asking again after a coarse one gets a new measurement.
 */
export function currentPosition(): Promise<DeviceFix> {
  const recent = watchId !== null ? freshFix() : null;
  if (recent) return Promise.resolve(recent);
  if (!("geolocation" in navigator)) return Promise.reject(new Error(NO_GEOLOCATION_MESSAGE));
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const fix = fixFromPosition(position);
        publish({ fix, error: null });
        resolve(fix);
      },
      (error) => reject(new Error(geolocationErrorMessage(error))),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 },
    ),
  );
}
