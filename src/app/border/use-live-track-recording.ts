// "Ghi hành trình": the patrol track recorded live on this device. While this
// page records, every GPS fix is judged (geo/tracks/track-fix-filter: poor
// accuracy, repeats, impossible jumps and standing still are dropped) and a
// kept one is written to IndexedDB at once; the view reads the recording back
// live, so what is shown is what a reload would find. A recording found at
// start (the page was closed or reloaded mid-way) is offered to continue — in
// a new segment, no line across the gap — or to finish. The screen is kept on
// while recording (Screen Wake Lock, asked again whenever the page is shown).

import { currentActor } from "../roles";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { MarkerRegisterEntry } from "../../domain/border-marker-register";
import type { TrackFix } from "../../domain/track-recording";
import { markersPassedByTrack, type TrackMatch } from "../../geo/border-protection/track-marker-match";
import { TrackFixFilter } from "../../geo/tracks/track-fix-filter";
import { trackGeometry, trackLengthMetres } from "../../geo/tracks/track-metrics";
import { LIVE_TRACK_SOURCE_ID, patrolTrackStyles } from "../../map/styles/drill-border-overlay-styles";
import type { NewPatrol } from "../../store/drills-border/patrol.repository";
import { useDevicePosition, useScreenWakeLock } from "../location";
import { storageErrorMessage, trackRecordingRepository, useLiveData, useWorkspace } from "../workspace";

export function useLiveTrackRecording(markers: readonly MarkerRegisterEntry[], toleranceMetres: number) {
  const { controller } = useWorkspace();
  const stored = useLiveData(async () => {
    const recording = await trackRecordingRepository.unfinished();
    return recording ? { recording, points: await trackRecordingRepository.pointsOf(recording.id) } : null;
  }, []);
  const current = stored.data ?? null;
  const [recordingHere, setRecordingHere] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [droppedCount, setDroppedCount] = useState(0);
  const recordingId = useRef<string | null>(null);
  const filter = useRef(new TrackFixFilter(null));
  const { fix, error: positionError } = useDevicePosition(recordingHere);
  // The fix the page already held when recording (re)started (e.g. from "Vị trí của tôi") is not a new position.
  const latestFix = useRef(fix);
  latestFix.current = fix;
  const heldFix = useRef(fix);
  const wakeLock = useScreenWakeLock(recordingHere);
  const now = useClock(recordingHere);

  useEffect(() => {
    const id = recordingId.current;
    if (!recordingHere || !fix || !id || fix === heldFix.current) return;
    const verdict = filter.current.offer(fix);
    if (!verdict.keep) {
      if (verdict.reason === "inaccurate" || verdict.reason === "jump") setDroppedCount((count) => count + 1);
      return;
    }
    trackRecordingRepository.addFix(id, fix).catch((reason: unknown) => setProblem(`Chưa ghi được điểm hành trình: ${storageErrorMessage(reason)}`));
  }, [recordingHere, fix]);

  const points = current?.points;
  const geometry = useMemo(() => (points ? trackGeometry(points) : null), [points]);
  const distanceMetres = useMemo(() => (points ? trackLengthMetres(points) : 0), [points]);
  const matches: TrackMatch[] = useMemo(() => (geometry ? markersPassedByTrack(markers, geometry, toleranceMetres) : []), [geometry, markers, toleranceMetres]);
  const startedAtMs = current ? Date.parse(current.recording.startedAt) : 0;
  const lastPointMs = points && points.length > 0 ? points[points.length - 1].time : startedAtMs;
  const durationMs = current ? (recordingHere ? now : lastPointMs) - startedAtMs : 0;

  const overlay = useMemo<FeatureCollection>(() => {
    const rings = matches.flatMap((match) => {
      const marker = markers.find((candidate) => candidate.id === match.markerId);
      return marker ? [{ type: "Feature" as const, properties: { name: marker.label }, geometry: { type: "Point" as const, coordinates: [marker.lon, marker.lat] } }] : [];
    });
    return { type: "FeatureCollection", features: [...(geometry ? [{ type: "Feature" as const, properties: { name: "Hành trình đang ghi" }, geometry }] : []), ...rings] };
  }, [geometry, matches, markers]);

  useEffect(() => {
    void controller?.setLayer(LIVE_TRACK_SOURCE_ID, overlay, patrolTrackStyles(LIVE_TRACK_SOURCE_ID), undefined, false);
  }, [controller, overlay]);

  const begin = useCallback((id: string, last: TrackFix | null) => {
    recordingId.current = id;
    filter.current = new TrackFixFilter(last);
    heldFix.current = latestFix.current;
    setDroppedCount(0);
    setProblem(null);
    setRecordingHere(true);
  }, []);

  const guarded = useCallback(async (action: () => Promise<void>, failure: string): Promise<boolean> => {
    try {
      await action();
      return true;
    } catch (reason) {
      setProblem(`${failure}: ${storageErrorMessage(reason)}`);
      return false;
    }
  }, []);

  const start = useCallback(
    () => guarded(async () => begin((await trackRecordingRepository.start()).id, null), "Chưa bắt đầu ghi được hành trình"),
    [begin, guarded],
  );

  const continueHere = useCallback(async () => {
    if (!current) return false;
    const { recording, points: sofar } = current;
    return guarded(async () => {
      await trackRecordingRepository.continueRecording(recording.id);
      begin(recording.id, sofar.length > 0 ? sofar[sofar.length - 1] : null);
    }, "Chưa tiếp tục ghi được");
  }, [begin, current, guarded]);

  /** Saves the patrol with the recorded track (the form gives the rest) and ends the recording. */
  const finish = useCallback(
    async (patrol: Omit<NewPatrol, "track" | "trackFileName">) => {
      if (!current) return false;
      setRecordingHere(false);
      const startedAt = new Date(current.recording.startedAt);
      const trackFileName = `Ghi trực tiếp ${startedAt.toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" })}`;
      return guarded(async () => {
        await trackRecordingRepository.finish(current.recording.id, { ...patrol, track: geometry, trackFileName: geometry ? trackFileName : "" }, currentActor());
        recordingId.current = null;
      }, "Chưa lưu được hành trình");
    },
    [current, geometry, guarded],
  );

  const discard = useCallback(async () => {
    if (!current) return false;
    setRecordingHere(false);
    return guarded(() => trackRecordingRepository.discard(current.recording.id), "Chưa bỏ được hành trình");
  }, [current, guarded]);

  return {
    recording: current?.recording ?? null,
    pointCount: points?.length ?? 0,
    recordingHere,
    distanceMetres,
    durationMs,
    matches,
    droppedCount,
    wakeLock,
    positionError,
    problem: problem ?? (stored.error ? `Không đọc được hành trình đang ghi: ${storageErrorMessage(stored.error)}` : null),
    start,
    continueHere,
    finish,
    discard,
  };
}

export type LiveTrackRecording = ReturnType<typeof useLiveTrackRecording>;

/** Date.now(), re-read every second while `ticking` (the live duration). */
function useClock(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}
