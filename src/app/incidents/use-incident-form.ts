// State of the incident form: restored from its draft on open, saved back to
// IndexedDB 300 ms after every change (a reload mid-typing loses nothing),
// coordinates parsed as typed, "pick on the map" through the controller, and
// the checks run before saving. The draft is discarded once the record is saved.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IncidentFields, IncidentKind } from "../../domain/incident";
import type { LonLat } from "../../domain/coordinate-systems";
import type { AreaOfInterest } from "../../geo/coordinates/coordinate-area";
import { formatDecimal } from "../../geo/coordinates/format-coordinates";
import { parseCoordinate } from "../../geo/coordinates/parse-coordinate";
import type { MapController } from "../../map/map-controller";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { incidentDrafts, useVn2000Province } from "../workspace";
import { autosaveDraft } from "./draft-autosave";

export type FormFields = Omit<IncidentFields, "lon" | "lat">;

export interface IncidentFormState {
  coordinateText: string;
  fields: FormFields;
  photos: NewAttachment[];
}

const DRAFT_DELAY_MS = 300;

export function blankFields(kind: IncidentKind = "incident"): FormFields {
  return { kind, title: "", category: "", severity: "trung-binh", occurredAt: new Date().toISOString(), description: "", involved: "", responsibleOfficer: "" };
}

interface Options {
  draftKey: string;
  initial: IncidentFormState;
  area: AreaOfInterest | undefined;
  controller: MapController | null;
}

export function useIncidentForm({ draftKey, initial, area, controller }: Options) {
  const [state, setState] = useState<IncidentFormState>(initial);
  const [restored, setRestored] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [picking, setPicking] = useState(false);
  const pickAbort = useRef<AbortController | null>(null);

  useEffect(() => {
    let cancelled = false;
    void incidentDrafts.get(draftKey).then((draft) => {
      if (cancelled) return;
      if (draft) {
        setState({ coordinateText: draft.coordinateText, fields: { ...initial.fields, ...draft.fields }, photos: draft.photos });
        setRestored(true);
      }
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
    // The initial state only matters when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  const dirty = useRef(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded || !dirty.current) return;
    const timer = setTimeout(() => {
      // The record may have been saved (and its draft discarded) meanwhile.
      if (!dirty.current) return;
      // A full browser storage must not go unnoticed (draft-autosave.ts).
      void autosaveDraft(() => incidentDrafts.save({ id: draftKey, coordinateText: state.coordinateText, fields: state.fields, photos: state.photos })).then(setDraftError);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, loaded, draftKey]);

  const change = useCallback((update: (current: IncidentFormState) => IncidentFormState) => {
    dirty.current = true;
    setState(update);
  }, []);
  const setFields = useCallback((fields: Partial<FormFields>) => change((current) => ({ ...current, fields: { ...current.fields, ...fields } })), [change]);
  const setCoordinateText = useCallback((coordinateText: string) => change((current) => ({ ...current, coordinateText })), [change]);
  const addPhotos = useCallback((photos: NewAttachment[]) => change((current) => ({ ...current, photos: [...current.photos, ...photos] })), [change]);
  const removePhoto = useCallback((index: number) => change((current) => ({ ...current, photos: current.photos.filter((_, i) => i !== index) })), [change]);

  const stopPicking = useCallback(() => {
    pickAbort.current?.abort();
    pickAbort.current = null;
    setPicking(false);
  }, []);

  const pickOnMap = useCallback(() => {
    if (!controller) return;
    stopPicking();
    const abort = new AbortController();
    pickAbort.current = abort;
    setPicking(true);
    controller
      .pickLocation(abort.signal)
      .then(([lon, lat]) => setCoordinateText(formatDecimal({ lon, lat })))
      .catch(() => undefined)
      .finally(() => {
        if (pickAbort.current === abort) {
          pickAbort.current = null;
          setPicking(false);
        }
      });
  }, [controller, setCoordinateText, stopPicking]);

  useEffect(() => stopPicking, [stopPicking]);

  const { centralMeridian } = useVn2000Province();
  const parsed = useMemo(
    () => (state.coordinateText.trim() === "" ? null : parseCoordinate(state.coordinateText, area, centralMeridian)),
    [state.coordinateText, area, centralMeridian],
  );
  const position: LonLat | null = parsed?.ok ? parsed.position : null;

  const discardDraft = useCallback(async () => {
    dirty.current = false;
    await incidentDrafts.discard(draftKey);
  }, [draftKey]);

  return { state, loaded, restored, picking, parsed, position, draftError, setFields, setCoordinateText, addPhotos, removePhoto, pickOnMap, stopPicking, discardDraft };
}

/** The checks before saving; the first problem, in Vietnamese, or null. */
export function formProblem(state: IncidentFormState, position: LonLat | null, parsedMessage: string | null): string | null {
  if (state.coordinateText.trim() === "") return "Chưa có vị trí: hãy bấm trên bản đồ, dùng vị trí thiết bị hoặc nhập tọa độ.";
  if (!position) return parsedMessage ?? "Tọa độ không hợp lệ.";
  if (!state.fields.category) return "Chưa chọn loại vụ việc.";
  if (Number.isNaN(Date.parse(state.fields.occurredAt))) return "Thời gian xảy ra không hợp lệ.";
  if (Date.parse(state.fields.occurredAt) > Date.now() + 60 * 60 * 1000) return "Thời gian xảy ra không thể ở tương lai.";
  return null;
}
