// When sync runs (mounted once, by the status line): at start, when the
// device comes back online, shortly after a local change is queued, when the
// server announces changes (GET /sync/events), and after a failure at the
// engine's backoff delay. An alert pushed by the server is stored at once.

import { useEffect } from "react";
import { liveQuery } from "dexie";
import { appDatabase } from "../workspace";
import { OutboxRepository } from "../../store/outbox.repository";
import { DirectivesAlertsRepository, type AlertProperties } from "../../store/sync/directives-alerts.repository";
import { listenToServerEvents } from "../../store/sync/server-events";
import type { Feature, Geometry } from "geojson";
import type { LiveLink } from "./sync-link";

/** A burst of edits (an import, a form save) goes out as one run. */
const AFTER_CHANGE_MS = 1_500;
const SYNC_LOCK = "ban-do-dong-bo-may-chu-tinh";

export function useSyncRunner(link: LiveLink | null): void {
  useEffect(() => {
    if (!link) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    };
    const run = async () => {
      if (stopped || !navigator.onLine) return;
      // Tabs of one profile share the outbox: one run at a time across them (the next finds nothing left to send).
      const outcome = navigator.locks ? await navigator.locks.request(SYNC_LOCK, () => link.engine.syncNow()) : await link.engine.syncNow();
      if (!stopped && !outcome.ok && outcome.retryInMs !== null) schedule(outcome.retryInMs);
    };
    void run();
    const onOnline = () => void run();
    window.addEventListener("online", onOnline);
    let lastPending = -1;
    const pending = liveQuery(() => new OutboxRepository(appDatabase).countPending()).subscribe({
      next: (count) => {
        if (count > lastPending && lastPending !== -1) schedule(AFTER_CHANGE_MS);
        lastPending = count;
      },
    });
    const alerts = new DirectivesAlertsRepository(appDatabase);
    const stopEvents = listenToServerEvents(link.http, (event) => {
      if (event.event === "changes") void run();
      if (event.event === "alert") {
        try {
          void alerts.putAlert(JSON.parse(event.data) as Feature<Geometry | null, AlertProperties>);
        } catch {
          // A malformed alert is ignored here; the next pull brings it from the feed.
        }
      }
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
      pending.unsubscribe();
      stopEvents();
    };
  }, [link]);
}
