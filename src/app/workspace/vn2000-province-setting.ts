// Stores, in this browser's localStorage (key "vn2000-province"), the former
// province whose VN-2000 3° zone the user works in (default Hà Tĩnh, the
// sample commune's). It sets the central meridian of the "Tọa độ" input, the
// coordinate readout, the print grid, and the guess for files without a CRS.
// A preference of the device, not data: nothing is synchronised.

import { useSyncExternalStore } from "react";
import { provinceMeridian, type ProvinceMeridian } from "../../geo/coordinates/vn2000-province-meridians";

const KEY = "vn2000-province";
const DEFAULT_PROVINCE = "Hà Tĩnh";
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? DEFAULT_PROVINCE;
  } catch {
    return DEFAULT_PROVINCE;
  }
}

export function currentVn2000Province(): ProvinceMeridian {
  return provinceMeridian(read()) ?? provinceMeridian(DEFAULT_PROVINCE)!;
}

export function setVn2000Province(province: string): void {
  try {
    localStorage.setItem(KEY, province);
  } catch {
    // Private mode without storage: the choice lasts until the page closes.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen province and its meridian; re-renders when it changes anywhere on the page. */
export function useVn2000Province(): ProvinceMeridian {
  const name = useSyncExternalStore(subscribe, read, () => DEFAULT_PROVINCE);
  return provinceMeridian(name) ?? provinceMeridian(DEFAULT_PROVINCE)!;
}
