// Patrol tracks being recorded live ("Ghi hành trình"), in IndexedDB (schema
// v9): `trackRecordings` holds one row per unfinished recording (start time,
// current segment, point count), `trackPoints` one row per accepted GPS fix,
// keyed [recordingId+seq]. Every fix is written the moment it arrives, in one
// small transaction with its recording's counters, so a reload, a crash or a
// closed page keeps the track so far. "Kết thúc" writes the patrol (table
// `patrols`) and removes the recording and its points in one transaction:
// the track is never in both places, nor in neither.

import type { Table } from "dexie";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { TrackFix, TrackPointRecord, TrackRecordingRecord } from "../../domain/track-recording";
import type { AppDatabase } from "../database";
import { newId, nowIso } from "../ids";
import { PatrolRepository, type NewPatrol } from "./patrol.repository";
import { revisedOutboxTables } from "../sync/revised-record-outbox";

export class TrackRecordingRepository {
  private readonly recordings: Table<TrackRecordingRecord, string>;
  private readonly points: Table<TrackPointRecord, [string, number]>;
  private readonly patrols: PatrolRepository;

  constructor(private readonly database: AppDatabase) {
    this.recordings = database.table<TrackRecordingRecord, string>("trackRecordings");
    this.points = database.table<TrackPointRecord, [string, number]>("trackPoints");
    this.patrols = new PatrolRepository(database);
  }

  /** The unfinished recording, if any (the latest, should two tabs each have started one). */
  async unfinished(): Promise<TrackRecordingRecord | null> {
    return (await this.recordings.orderBy("updatedAt").last()) ?? null;
  }

  pointsOf(recordingId: string): Promise<TrackPointRecord[]> {
    return this.points.where("[recordingId+seq]").between([recordingId, -Infinity], [recordingId, Infinity]).toArray();
  }

  async start(now = new Date()): Promise<TrackRecordingRecord> {
    const at = now.toISOString();
    const record: TrackRecordingRecord = { id: newId(), startedAt: at, segment: 0, pointCount: 0, nextSeq: 0, updatedAt: at };
    await this.recordings.add(record);
    return record;
  }

  /** Stores one accepted fix in the recording's current segment. */
  async addFix(recordingId: string, fix: TrackFix): Promise<TrackPointRecord> {
    return this.database.transaction("rw", this.recordings, this.points, async () => {
      const recording = await this.recordings.get(recordingId);
      if (!recording) throw new Error("Hành trình này đã kết thúc hoặc đã bị xóa.");
      const point: TrackPointRecord = { lon: fix.lon, lat: fix.lat, accuracyMetres: fix.accuracyMetres, time: fix.time, recordingId, seq: recording.nextSeq, segment: recording.segment };
      await this.points.add(point);
      await this.recordings.put({ ...recording, pointCount: recording.pointCount + 1, nextSeq: recording.nextSeq + 1, updatedAt: nowIso() });
      return point;
    });
  }

  /** "Tiếp tục ghi" after a reload: later fixes start a new segment (no line drawn across the gap). */
  async continueRecording(recordingId: string): Promise<void> {
    await this.recordings.where("id").equals(recordingId).modify((recording) => {
      if (recording.pointCount > 0) recording.segment += 1;
      recording.updatedAt = nowIso();
    });
  }

  /** "Kết thúc": the patrol (by `actor`) is saved with the track and its outbox entry, and the recording goes, in one transaction. */
  async finish(recordingId: string, patrol: NewPatrol, actor?: string): Promise<PatrolRecord> {
    return this.database.transaction("rw", [this.recordings, this.points, this.database.table("patrols"), ...revisedOutboxTables(this.database)], async () => {
      const saved = await this.patrols.add(patrol, actor);
      await this.discard(recordingId);
      return saved;
    });
  }

  async discard(recordingId: string): Promise<void> {
    await this.database.transaction("rw", this.recordings, this.points, async () => {
      await this.points.where("recordingId").equals(recordingId).delete();
      await this.recordings.delete(recordingId);
    });
  }
}
