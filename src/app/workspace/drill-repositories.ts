// The drill and border repositories over the app's single database connection
// (app-database.ts), shared by the Diễn tập and Biên giới tabs (with the patrol track being recorded).

import { DrillRepository } from "../../store/drills-border/drill.repository";
import { MarkerInspectionRepository } from "../../store/drills-border/marker-inspection.repository";
import { PatrolRepository } from "../../store/drills-border/patrol.repository";
import { TrackRecordingRepository } from "../../store/drills-border/track-recording.repository";
import { appDatabase } from "./app-database";

export const drillRepository = new DrillRepository(appDatabase);
export const markerInspectionRepository = new MarkerInspectionRepository(appDatabase);
export const patrolRepository = new PatrolRepository(appDatabase);
export const trackRecordingRepository = new TrackRecordingRepository(appDatabase);
