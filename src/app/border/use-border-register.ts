// The border-marker register: the marker layer, inspections and patrols live
// from IndexedDB (written here, in another tab or by a package import), the inspection interval, and the ring the map draws around
// markers whose inspection is overdue.

import { useCallback, useEffect, useMemo, useState } from "react";
import type { FeatureCollection } from "geojson";
import { buildRegister, DEFAULT_INSPECTION_INTERVAL_DAYS, type MarkerCheck, type MarkerInspection, type MarkerRegisterEntry } from "../../domain/border-marker-register";
import { markerBasesFrom } from "../../domain/border-marker-base";
import type { PatrolRecord } from "../../domain/patrol-log";
import type { PhotoCapture } from "../../domain/photo-capture";
import { OVERDUE_MARKER_SOURCE_ID, overdueMarkerStyles } from "../../map/styles/drill-border-overlay-styles";
import type { NewInspection } from "../../store/drills-border/marker-inspection.repository";
import type { NewPatrol } from "../../store/drills-border/patrol.repository";
import { keepValid, markerInspectionRepository, patrolRepository, storageErrorMessage, useBuiltInLayerData, useLiveData, useWorkspace } from "../workspace";
import { currentActor } from "../roles";

const NOTHING_STORED: [MarkerInspection[], PatrolRecord[], number] = [[], [], DEFAULT_INSPECTION_INTERVAL_DAYS];

export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function patrolChecks(patrols: readonly PatrolRecord[]): MarkerCheck[] {
  return patrols.flatMap((patrol) =>
    patrol.checkedMarkerIds.map((markerId) => ({ markerId, date: patrol.date, inspector: `Tuần tra: ${[patrol.communeParticipants, patrol.stationParticipants].filter(Boolean).join("; ")}` })),
  );
}

function overdueCollection(register: readonly MarkerRegisterEntry[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: register
      .filter((entry) => entry.overdue)
      .map((entry) => ({ type: "Feature", id: entry.id, properties: { id: entry.id, name: `${entry.label} – quá hạn kiểm tra` }, geometry: { type: "Point", coordinates: [entry.lon, entry.lat] } })),
  };
}

export function useBorderRegister() {
  const { controller } = useWorkspace();
  const markerLayer = useBuiltInLayerData("border-marker");
  const stored = useLiveData(
    () => Promise.all([markerInspectionRepository.list(), patrolRepository.list(), markerInspectionRepository.intervalDays()]),
    [],
  );
  const [storedInspections, storedPatrols, intervalDays] = stored.data ?? NOTHING_STORED;
  // Records failing their schema are quarantined (listed in "Dữ liệu lỗi"), never rendered.
  const inspections = useMemo(() => keepValid("markerInspections", storedInspections), [storedInspections]);
  const patrols = useMemo(() => keepValid("patrols", storedPatrols), [storedPatrols]);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? (stored.error ? `Không đọc được sổ theo dõi cột mốc: ${storageErrorMessage(stored.error)}` : null);

  const register = useMemo(
    () => buildRegister(markerBasesFrom(markerLayer), inspections, localToday(), intervalDays, patrolChecks(patrols)),
    [markerLayer, inspections, patrols, intervalDays],
  );
  const overdue = useMemo(() => overdueCollection(register), [register]);

  useEffect(() => {
    if (markerLayer) void controller?.setLayer(OVERDUE_MARKER_SOURCE_ID, overdue, overdueMarkerStyles(), "id", false);
  }, [controller, overdue, markerLayer]);

  const run = useCallback(
    async (write: () => Promise<unknown>, failure: string) => {
      try {
        await write();
        setError(null);
        return true;
      } catch (reason) {
        setError(`${failure}: ${reason instanceof Error && reason.message.startsWith("Chu kỳ") ? reason.message : storageErrorMessage(reason)}`);
        return false;
      }
    },
    [],
  );

  const addInspection = useCallback(
    (input: NewInspection, photos: File[], captures: (PhotoCapture | undefined)[]) => run(() => markerInspectionRepository.add(input, photos, captures, currentActor()), "Chưa lưu được lượt kiểm tra"),
    [run],
  );
  const addPatrol = useCallback((input: NewPatrol) => run(() => patrolRepository.add(input, currentActor()), "Chưa lưu được nhật ký tuần tra"), [run]);
  const setIntervalDays = useCallback((days: number) => run(() => markerInspectionRepository.setIntervalDays(days), "Chưa đổi được chu kỳ"), [run]);

  return { register, inspections, patrols, intervalDays, error, addInspection, addPatrol, setIntervalDays };
}

export type BorderRegister = ReturnType<typeof useBorderRegister>;
