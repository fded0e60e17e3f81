// The commune police's incident records, live: one in-memory copy per page
// shared by every view (list, map, statistics, exchange export), kept current
// by LiveTable — only the records a write touched are read again.

import { useSyncExternalStore } from "react";
import type { IncidentRecord } from "../../domain/incident";
import { LiveTable, type LiveTableSnapshot } from "../../store/live-table";
import { appDatabase } from "./app-database";

export const liveIncidents = new LiveTable<IncidentRecord>(appDatabase, "incidents");

export function useLiveIncidents(): LiveTableSnapshot<IncidentRecord> {
  return useSyncExternalStore(liveIncidents.subscribe, liveIncidents.getSnapshot);
}
