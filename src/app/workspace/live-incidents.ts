// The commune police's incident records, live: one in-memory copy per page
// shared by every view (list, map, statistics, exchange export), kept current
// by LiveTable — only the records a write touched are read again.

import { useMemo, useSyncExternalStore } from "react";
import type { IncidentRecord } from "../../domain/incident";
import { LiveTable, type LiveTableSnapshot } from "../../store/live-table";
import { appDatabase } from "./app-database";
import { keepValid } from "./record-quarantine";

export const liveIncidents = new LiveTable<IncidentRecord>(appDatabase, "incidents");

/** The live records that pass their schema; a failing one is quarantined ("Dữ liệu lỗi"), never rendered. */
export function useLiveIncidents(): LiveTableSnapshot<IncidentRecord> {
  const snapshot = useSyncExternalStore(liveIncidents.subscribe, liveIncidents.getSnapshot);
  return useMemo(() => {
    if (!snapshot.rows) return snapshot;
    const rows = keepValid("incidents", snapshot.rows);
    return rows === snapshot.rows ? snapshot : { ...snapshot, rows };
  }, [snapshot]);
}
