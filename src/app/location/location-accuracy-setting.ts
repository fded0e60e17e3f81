// Stores, in this browser's localStorage (key "location-max-accuracy"), the
// worst GPS accuracy (metres) "Lấy vị trí hiện tại" accepts without asking
// (default 50 m). A preference of the device, not data: nothing is synchronised.

import { useSyncExternalStore } from "react";

const KEY = "location-max-accuracy";
export const DEFAULT_MAX_ACCURACY_METRES = 50;
const listeners = new Set<() => void>();

function read(): number {
  try {
    const value = Number(localStorage.getItem(KEY));
    return value >= 1 && value <= 10_000 ? value : DEFAULT_MAX_ACCURACY_METRES;
  } catch {
    return DEFAULT_MAX_ACCURACY_METRES;
  }
}

export function setMaxAccuracyMetres(metres: number): void {
  try {
    localStorage.setItem(KEY, String(metres));
  } catch {
    // Private mode without storage: the choice lasts until the page closes.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMaxAccuracyMetres(): number {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_MAX_ACCURACY_METRES);
}
