export { SyncTab } from "./SyncTab";
export { SyncStatusLine } from "./SyncStatusLine";
export { useSyncConflictIds } from "./use-sync-conflict-ids";
export { ShareWithBorderStation } from "./ShareWithBorderStation";
export { useSyncLink } from "./use-sync-link";
