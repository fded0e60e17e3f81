// Calls `onChange` when the provincial server says something visible to this
// account changed (`event: changes` on GET /sync/events, the stream
// reconnecting by itself), at most once per half second: the IOC refreshes
// its counts and the directives' acknowledgements live, without polling.

import { useEffect, useRef } from "react";
import { listenToServerEvents } from "../../store/sync/server-events";
import type { SyncHttp } from "../../store/sync/sync-http";

const SETTLE_MS = 500;

export function useServerChanges(http: SyncHttp | null, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (!http) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = listenToServerEvents(http, (event) => {
      if (event.event !== "changes" || timer) return;
      timer = setTimeout(() => {
        timer = null;
        latest.current();
      }, SETTLE_MS);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [http]);
}
