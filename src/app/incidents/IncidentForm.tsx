// The form that creates or edits an incident/hotspot. Position first (map
// click, "Lấy vị trí hiện tại", or typed coordinates in any system), then the description.
// Village, commune and early warnings are derived from the position and shown
// before saving. Everything typed is kept as a draft until saved or cancelled.

import { useEffect, useMemo, useRef, useState } from "react";
import type { IncidentRecord } from "../../domain/incident";
import type { Category } from "../../domain/incident-categories";
import { formatDecimal } from "../../geo/coordinates/format-coordinates";
import type { AreaOfInterest } from "../../geo/coordinates/coordinate-area";
import type { MapController } from "../../map/map-controller";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import type { IncidentInput, IncidentPlacement } from "../../store/incidents/incident.repository";
import { CoordinateInput, EditConflictPanel } from "../ui";
import { EditConflictError } from "../../store/edit-conflict";
import { IncidentFormFields } from "./IncidentFormFields";
import { ShareWithBorderStation } from "../sync";
import { IncidentWarnings } from "./IncidentWarnings";
import { blankFields, formProblem, useIncidentForm, type IncidentFormState } from "./use-incident-form";
import { NEW_INCIDENT_DRAFT } from "../../store/incidents/draft.repository";
import { userErrorMessage } from "../workspace";
import { TakePositionButton, PhotoPicker } from "../location";

interface Props {
  record: IncidentRecord | null;
  categories: readonly Category[];
  area: AreaOfInterest | undefined;
  controller: MapController | null;
  place: (lon: number, lat: number, selfId?: string) => IncidentPlacement & { insideCommune: boolean };
  /** A new record waits for a map tap at once; false: it shows first, the officer picks "Chọn trên bản đồ" or "Lấy vị trí hiện tại". */
  pickOnOpen: boolean;
  onSubmit: (input: IncidentInput, photos: NewAttachment[], baseVersion?: number) => Promise<void>;
  onClose: () => void;
}

const INCIDENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: "Loại hồ sơ",
  title: "Tiêu đề",
  category: "Loại vụ việc",
  severity: "Mức độ",
  occurredAt: "Thời gian xảy ra",
  description: "Mô tả",
  involved: "Người, đơn vị liên quan",
  responsibleOfficer: "Cán bộ phụ trách",
  lon: "Kinh độ",
  lat: "Vĩ độ",
  villageId: "Mã thôn",
  villageName: "Thôn",
  communeName: "Xã",
  warnings: "Cảnh báo sớm",
  classification: "Độ mật",
};

function initialState(record: IncidentRecord | null): IncidentFormState {
  if (!record) return { coordinateText: "", fields: blankFields(), photos: [] };
  const { kind, title, category, severity, occurredAt, description, involved, responsibleOfficer, classification, sharedWithBorderStation } = record;
  return {
    coordinateText: formatDecimal(record),
    fields: { kind, title, category, severity, occurredAt, description, involved, responsibleOfficer, classification, ...(sharedWithBorderStation ? { sharedWithBorderStation } : {}) },
    photos: [],
  };
}

export function IncidentForm({ record, categories, area, controller, place, pickOnOpen, onSubmit, onClose }: Props) {
  const initial = useMemo(() => initialState(record), [record]);
  const form = useIncidentForm({ draftKey: record?.id ?? NEW_INCIDENT_DRAFT, initial, area, controller });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Another tab saved this record after the form opened: both versions shown, the user chooses.
  const [conflict, setConflict] = useState<EditConflictError<IncidentRecord, IncidentInput> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const placement = useMemo(() => (form.position ? place(form.position.lon, form.position.lat, record?.id) : null), [form.position, place, record?.id]);

  // A new record starts with "click the map to place it" — or, opened from the phone's map button, shows itself with both choices.
  useEffect(() => {
    if (!pickOnOpen) formRef.current?.scrollIntoView({ block: "start" });
    else if (!record && form.loaded && form.state.coordinateText === "") form.pickOnMap();
    // Only when the form has opened (draft loaded).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.loaded]);

  async function submit(input: IncidentInput, baseVersion?: number) {
    setSaving(true);
    setProblem(null);
    try {
      await onSubmit(input, form.state.photos, baseVersion);
      form.stopPicking();
      await form.discardDraft();
      onClose();
    } catch (error) {
      if (error instanceof EditConflictError) setConflict(error as EditConflictError<IncidentRecord, IncidentInput>);
      else setProblem(userErrorMessage(error, "Chưa lưu được vụ việc. Dữ liệu đã lưu vẫn còn nguyên; hãy thử lại."));
    } finally {
      setSaving(false);
    }
  }

  async function save() {
    // An unreadable coordinate is already announced under the "Tọa độ" field: point there instead of repeating it.
    if (form.parsed && !form.parsed.ok) {
      setProblem(null);
      formRef.current?.querySelector<HTMLInputElement>("input[aria-label='Tọa độ']")?.focus();
      return;
    }
    const found = formProblem(form.state, form.position, null);
    if (found || !form.position || !placement) {
      setProblem(found ?? "Tọa độ không hợp lệ.");
      return;
    }
    const { insideCommune: _inside, ...derived } = placement;
    await submit({ ...form.state.fields, lon: form.position.lon, lat: form.position.lat, ...derived });
  }

  async function keepStored() {
    setConflict(null);
    form.stopPicking();
    await form.discardDraft();
    onClose();
  }

  async function keepMine() {
    if (!conflict) return;
    const { attempted, storedVersion } = conflict;
    setConflict(null);
    await submit(attempted, Number(storedVersion));
  }

  async function cancel() {
    form.stopPicking();
    await form.discardDraft();
    onClose();
  }

  const title = record ? "Sửa vụ việc" : "Thêm vụ việc mới";
  return (
    <form ref={formRef} className="incident-form" aria-label={title} onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <h3>{title}</h3>
      {form.restored && <p className="incident-draft-note" role="status">Đã khôi phục bản nháp chưa lưu.</p>}
      <CoordinateInput text={form.state.coordinateText} result={form.parsed} picking={form.picking} onText={form.setCoordinateText} onPickOnMap={form.pickOnMap}
        otherActions={<TakePositionButton onTake={(fix) => {
          form.stopPicking();
          form.setCoordinateText(formatDecimal(fix));
        }} />}
      />
      {placement && (
        <p className="incident-placement" data-testid="incident-placement">
          {placement.villageName ?? "Ngoài các thôn"} · {placement.communeName ?? "ngoài ranh giới xã"}
        </p>
      )}
      {placement && <IncidentWarnings warnings={placement.warnings} live />}
      <IncidentFormFields fields={form.state.fields} categories={categories} onChange={form.setFields} />
      <ShareWithBorderStation checked={form.state.fields.sharedWithBorderStation ?? false} onChange={(sharedWithBorderStation) => form.setFields({ sharedWithBorderStation })} />
      <PhotoPicker label="Ảnh đính kèm" recordName="vụ việc" photos={form.state.photos} alreadyStored={record?.attachmentIds.length ?? 0} onAdd={form.addPhotos} onRemove={form.removePhoto} />
      {form.draftError && (
        <p className="error" role="alert" data-testid="draft-error">
          {form.draftError}
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {conflict && (
        <EditConflictPanel conflict={conflict} labels={INCIDENT_FIELD_LABELS} busy={saving} onKeepStored={() => void keepStored()} onKeepMine={() => void keepMine()} />
      )}
      <div className="incident-form-actions">
        <button type="submit" className="primary" disabled={saving || !form.loaded}>
          {saving ? "Đang lưu…" : "Lưu"}
        </button>
        <button type="button" onClick={() => void cancel()}>
          Hủy
        </button>
      </div>
    </form>
  );
}
