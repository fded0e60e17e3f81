// The "Ngoại tuyến" tab: the basemap source ("Bản đồ nền"), the download for
// offline use, and storage — plus the online/offline badge over the map and
// the service worker that makes the app open without network, and the notice
// when a newer version has taken over.

import { useEffect } from "react";
import { AppUpdateNotice } from "./AppUpdateNotice";
import { BasemapSettings } from "./BasemapSettings";
import { DownloadPanel } from "./DownloadPanel";
import { OfflineStoragePanel } from "./OfflineStoragePanel";
import { OnlineIndicator } from "./OnlineIndicator";
import { useOfflineBasemap } from "./use-offline-basemap";
import { useOfflineDownload } from "./use-offline-download";
import { useOnlineStatus } from "./use-offline-online-status";
import { useAppShellServiceWorker } from "./use-offline-service-worker";
import { useOfflineStorage } from "./use-offline-storage";
import { useWorkspace } from "../workspace";

export function OfflineTab() {
  const { controller } = useWorkspace();
  const basemap = useOfflineBasemap(controller);
  const storage = useOfflineStorage();
  const download = useOfflineDownload();
  const online = useOnlineStatus();
  const { shell, update } = useAppShellServiceWorker(controller);
  const { refresh } = storage;
  // The storage figures follow a download as soon as it ends, not at the next periodic refresh.
  useEffect(() => void refresh(), [refresh, download.job?.status]);

  return (
    <div className="offline-tab">
      <OnlineIndicator online={online} shell={shell} />
      <AppUpdateNotice update={update} />
      <BasemapSettings basemap={basemap} />
      <DownloadPanel basemap={basemap} download={download} capBytes={storage.capBytes} />
      <OfflineStoragePanel storage={storage} downloading={download.running} />
    </div>
  );
}
