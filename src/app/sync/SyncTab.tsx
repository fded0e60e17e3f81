// "Đồng bộ": the link to the provincial server — connect, the account, sync
// now, log out — then the conflicts to resolve, the layer features waiting
// for their commune's workspace, the directives of the province and the
// alerts received.

import { useMemo, useState } from "react";
import { appDatabase, useLiveData, userErrorMessage, useWorkspace } from "../workspace";
import { SyncConflictRepository } from "../../store/sync/sync-conflicts.repository";
import { ConflictResolution, type ConflictChoice } from "../../store/sync/conflict-resolution";
import { DirectivesAlertsRepository } from "../../store/sync/directives-alerts.repository";
import { SyncStateRepository } from "../../store/sync/sync-state.repository";
import { ConnectForm } from "./ConnectForm";
import { SessionSummary } from "./SessionSummary";
import { SyncConflictPanel } from "./SyncConflictPanel";
import { DirectiveList } from "./DirectiveList";
import { HeldFeaturesNote } from "./HeldFeaturesNote";
import { alertLine } from "./AlertBanner";
import { useSyncLink } from "./use-sync-link";
import { clockTime } from "./sync-status-text";

export function SyncTab() {
  const link = useSyncLink();
  const session = useLiveData(() => new SyncStateRepository(appDatabase).session(), []).data;
  const workspace = useWorkspace();
  const conflicts = useLiveData(() => new SyncConflictRepository(appDatabase).list(), []).data ?? [];
  const alerts = useLiveData(() => new DirectivesAlertsRepository(appDatabase).alerts(), []).data ?? [];
  const resolution = useMemo(() => new ConflictResolution(appDatabase), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolve = async (id: string, choice: ConflictChoice) => {
    setBusy(true);
    setError(null);
    try {
      await resolution.resolve(id, choice);
      void link?.engine.syncNow();
    } catch (failure) {
      setError(userErrorMessage(failure, "Chưa giải quyết được xung đột."));
    } finally {
      setBusy(false);
    }
  };
  // A directive is acknowledged for the account's commune (the server refuses any other); the
  // workspace's only commune is the fallback for a server without /auth/me.
  const accountCommunes = session?.account?.communeCodes ?? [];
  const communeCode = accountCommunes.length === 1 ? accountCommunes[0] : workspace?.record.communes.length === 1 ? workspace.record.communes[0].code : undefined;
  return (
    <div className="sync-tab">
      {link ? <SessionSummary link={link} /> : <ConnectForm />}
      {error && <p role="alert" className="error">{error}</p>}
      {conflicts.length > 0 && (
        <section aria-label="Xung đột đồng bộ">
          <h3>Xung đột ({conflicts.length.toLocaleString("vi-VN")})</h3>
          {conflicts.map((conflict) => (
            <SyncConflictPanel key={`${conflict.id}@${conflict.updatedAt}`} conflict={conflict} busy={busy} onResolve={(choice) => void resolve(conflict.id, choice)} />
          ))}
        </section>
      )}
      <HeldFeaturesNote />
      <DirectiveList communeCode={communeCode} />
      <section aria-label="Cảnh báo">
        <h3>Cảnh báo</h3>
        {alerts.length === 0 && <p className="muted">Chưa có cảnh báo nào.</p>}
        <ul>
          {alerts.map((alert) => (
            <li key={alert.id} data-testid="alert">
              {alertLine(alert)} – {clockTime(alert.createdAt)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
