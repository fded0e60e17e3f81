// The live link to the provincial server (null when not connected), for views.

import { useSyncExternalStore } from "react";
import { syncLink, type LiveLink } from "./sync-link";

export function useSyncLink(): LiveLink | null {
  return useSyncExternalStore(syncLink.subscribe, syncLink.current);
}
