// A patrol track recorded live on the device ("Ghi hành trình"): the
// recording itself and each accepted GPS fix, written to IndexedDB as it
// arrives so a reload or a closed page loses nothing. "Kết thúc" turns it
// into an ordinary patrol (patrol-log.ts) with its track, and removes it.

/** One accepted position fix of a recording. */
export interface TrackFix {
  lon: number;
  lat: number;
  /** Horizontal accuracy in metres (radius, 68 % confidence, as the Geolocation API reports it). */
  accuracyMetres: number;
  /** Epoch milliseconds of the fix. */
  time: number;
}

export interface TrackPointRecord extends TrackFix {
  recordingId: string;
  /** Order of arrival within the recording (0, 1, 2…). */
  seq: number;
  /** 0 for the first stretch; +1 each time recording continues after a reload or pause. */
  segment: number;
}

export interface TrackRecordingRecord {
  id: string;
  /** ISO time the recording started. */
  startedAt: string;
  /** Segment new points go to; raised by "Tiếp tục ghi". */
  segment: number;
  pointCount: number;
  /** Seq the next point gets. */
  nextSeq: number;
  updatedAt: string;
}
