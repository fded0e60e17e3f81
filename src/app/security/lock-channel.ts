// Locking is for the whole device, unlocking for one tab: "Khóa" (or the idle
// timer, or a wipe) in any tab tells every tab of the app, through a
// BroadcastChannel, to lock too. Locking is a reload into the lock screen:
// the honest way to drop the key and every decrypted copy the page holds
// (React state, live tables, map sources, the worker with its key). Drafts
// being typed are already in IndexedDB (sealed), so nothing is lost; a job
// still running (an import) is covered and finished first (lock-after-jobs.ts).

import { lockAfterRunningJobs } from "./lock-after-jobs";

const CHANNEL = "device-lock";

type LockMessage = "lock";

export function lockThisTab(): void {
  lockAfterRunningJobs(() => window.location.reload());
}

/** Locks every tab of the app, this one last. */
export function lockEverywhere(): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage("lock" satisfies LockMessage);
    channel.close();
  } finally {
    lockThisTab();
  }
}

/** Calls `onLock` when another tab locks; returns the unsubscribe. */
export function onLockElsewhere(onLock: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    if (event.data === "lock") onLock();
  };
  return () => channel.close();
}
