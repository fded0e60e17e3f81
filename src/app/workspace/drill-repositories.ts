// The drill and border repositories over the app's single database connection
// (app-database.ts), shared by the Diễn tập and Biên giới tabs.

import { useEffect } from "react";
import { DrillRepository } from "../../store/drill.repository";
import { MarkerInspectionRepository } from "../../store/marker-inspection.repository";
import { PatrolRepository } from "../../store/patrol.repository";
import { appDatabase } from "./app-database";

export const drillRepository = new DrillRepository(appDatabase);
export const markerInspectionRepository = new MarkerInspectionRepository(appDatabase);
export const patrolRepository = new PatrolRepository(appDatabase);

/** Tabs listen to this to reload after an exchange package was imported. */
export const drillDataEvents = new EventTarget();
export const DRILL_DATA_CHANGED = "drill-data-changed";

export function announceDrillDataChanged(): void {
  drillDataEvents.dispatchEvent(new Event(DRILL_DATA_CHANGED));
}

/** Runs `load` now and again after every announced change (e.g. a package import). */
export function useLoadOnDrillDataChange(load: () => void): void {
  useEffect(() => {
    load();
    drillDataEvents.addEventListener(DRILL_DATA_CHANGED, load);
    return () => drillDataEvents.removeEventListener(DRILL_DATA_CHANGED, load);
  }, [load]);
}
