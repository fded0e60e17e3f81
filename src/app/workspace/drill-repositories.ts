// The drill and border repositories over the app's single database connection
// (app-database.ts), shared by the Diễn tập and Biên giới tabs.

import { DrillRepository } from "../../store/drill.repository";
import { MarkerInspectionRepository } from "../../store/marker-inspection.repository";
import { PatrolRepository } from "../../store/patrol.repository";
import { appDatabase } from "./app-database";

export const drillRepository = new DrillRepository(appDatabase);
export const markerInspectionRepository = new MarkerInspectionRepository(appDatabase);
export const patrolRepository = new PatrolRepository(appDatabase);
