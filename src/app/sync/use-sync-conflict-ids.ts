// The ids (outbox entity ids) of records in conflict with the server, so a
// feature's list can mark them "Xung đột".

import { appDatabase, useLiveData } from "../workspace";
import { SyncConflictRepository } from "../../store/sync/sync-conflicts.repository";

export function useSyncConflictIds(): ReadonlySet<string> {
  const ids = useLiveData(async () => new Set((await new SyncConflictRepository(appDatabase).list()).map((conflict) => conflict.entityId)), []).data;
  return ids ?? new Set();
}
