// The connected account when it is the province's (unitKind "province", from
// GET /auth/me as stored with the session): the IOC tab shows only then.

import { appDatabase, useLiveData } from "../workspace";
import { SyncStateRepository, type ServerAccount } from "../../store/sync/sync-state.repository";

export function useProvinceAccount(): ServerAccount | null {
  const session = useLiveData(() => new SyncStateRepository(appDatabase).session(), []).data;
  return session?.account?.unitKind === "province" ? session.account : null;
}

export function useIsProvinceAccount(): boolean {
  return useProvinceAccount() !== null;
}
