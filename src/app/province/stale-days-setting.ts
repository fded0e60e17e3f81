// The IOC's "devices not synced for more than N days" threshold (default 3),
// a preference of this device kept in localStorage: it is not workspace data.

import { useState } from "react";

const KEY = "ioc-stale-days";
export const DEFAULT_STALE_DAYS = 3;

export function readStaleDays(stored: string | null): number {
  const value = Number(stored);
  return Number.isInteger(value) && value >= 1 && value <= 365 ? value : DEFAULT_STALE_DAYS;
}

export function useStaleDaysSetting(): [number, (days: number) => void] {
  const [days, setDays] = useState(() => readStaleDays(localStorage.getItem(KEY)));
  const update = (next: number) => {
    if (!Number.isInteger(next) || next < 1 || next > 365) return;
    localStorage.setItem(KEY, String(next));
    setDays(next);
  };
  return [days, update];
}
