// Wrong passphrases: the first 4 cost nothing but the key derivation (~0.5 s);
// from the 5th on, the next try must wait 30 s, doubling with each further
// wrong one (30 s, 1 min, 2 min, 4 min …, at most 1 day). Counted in
// localStorage (security-storage.ts), so closing or reloading the tab does
// not reset it. It slows a person at the keyboard; a copied profile is
// protected by PBKDF2 and the passphrase itself.

import type { UnlockFailures } from "./security-storage";

export const FREE_ATTEMPTS = 4;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 86_400_000;

export function delayAfter(failureCount: number): number {
  if (failureCount <= FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failureCount - FREE_ATTEMPTS - 1));
}

/** Milliseconds left before the next try is allowed. */
export function waitLeft(failures: UnlockFailures, now: number): number {
  return Math.max(0, failures.lastAt + delayAfter(failures.count) - now);
}

export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} phút ${rest} giây` : `${minutes} phút`;
}
