// One line under the header while the device is connected to the provincial
// server: what the server has acknowledged, per record ("Chờ đồng bộ: 3 thay
// đổi · lần cuối 10:42", "Đã đồng bộ · lần cuối 10:42", "Mất kết nối – thử
// lại sau 20 giây"), and the newest unseen alert. Mounting it runs sync.

import { useEffect, useState } from "react";
import { appDatabase, useLiveData } from "../workspace";
import { OutboxRepository } from "../../store/outbox.repository";
import { SyncConflictRepository } from "../../store/sync/sync-conflicts.repository";
import { SyncStateRepository } from "../../store/sync/sync-state.repository";
import { DirectivesAlertsRepository } from "../../store/sync/directives-alerts.repository";
import { syncStatusText } from "./sync-status-text";
import { useSyncLink } from "./use-sync-link";
import { useSyncRunner } from "./use-sync-runner";
import { AlertBanner } from "./AlertBanner";
import "./sync.css";

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

export function SyncStatusLine() {
  const link = useSyncLink();
  useSyncRunner(link);
  const now = useNow();
  const online = useOnline();
  const status = useLiveData(
    async () => ({
      progress: await new SyncStateRepository(appDatabase).progress(),
      unsynced: await new OutboxRepository(appDatabase).countUnsynced(),
      conflicts: (await new SyncConflictRepository(appDatabase).list()).length,
    }),
    [],
  ).data;
  const alerts = useLiveData(() => new DirectivesAlertsRepository(appDatabase).alerts(), []).data ?? [];
  if (!link || !status) return null;
  return (
    <>
      <p className="sync-status-line" role="status" data-testid="sync-status">
        {syncStatusText({ ...status, online, now })}
      </p>
      <AlertBanner alerts={alerts.filter((alert) => alert.seenAt === null)} />
    </>
  );
}
