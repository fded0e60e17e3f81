// Records one inspection of a border marker: date, inspector, condition,
// responsible team, notes, where the inspector stood ("Lấy vị trí hiện tại")
// and photos from the camera or the gallery, resized like incident photos
// (≤ 1,600 px JPEG, so they travel to the provincial server) and each
// stamped with when and where it was taken (kept in IndexedDB with the record).

import { useEffect, useRef, useState, type FormEvent } from "react";
import { MARKER_CONDITIONS, type MarkerCondition, type MarkerRegisterEntry } from "../../domain/border-marker-register";
import type { NewInspection } from "../../store/drills-border/marker-inspection.repository";
import { localToday } from "./use-border-register";
import type { PhotoCapture } from "../../domain/photo-capture";
import { formatDecimal } from "../../geo/coordinates/format-coordinates";
import { formatMetres } from "../../geo/geodesy/compass";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { PhotoPicker, TakePositionButton, type DeviceFix } from "../location";

interface Props {
  marker: MarkerRegisterEntry;
  onSave: (input: NewInspection, photos: File[], captures: (PhotoCapture | undefined)[]) => void;
  onCancel: () => void;
}

export function BorderInspectionForm({ marker, onSave, onCancel }: Props) {
  const [date, setDate] = useState(localToday());
  const [inspector, setInspector] = useState("");
  const [condition, setCondition] = useState<MarkerCondition>(
    (MARKER_CONDITIONS.find((option) => option.id === marker.condition)?.id ?? "tot") as MarkerCondition,
  );
  const [team, setTeam] = useState(marker.responsibleTeam);
  const [notes, setNotes] = useState("");
  const [photos, setPhotos] = useState<NewAttachment[]>([]);
  const [position, setPosition] = useState<DeviceFix | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The form opens below the register: bring it into view, as the officer clicked a row above.
  // (Braces matter: newer Chromium returns a Promise from scrollIntoView, which React would call as a cleanup.)
  useEffect(() => {
    form.current?.scrollIntoView({ block: "nearest" });
  }, [marker.id]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!inspector.trim()) return;
    const where = position ? { position: { lon: position.lon, lat: position.lat, accuracyMetres: position.accuracyMetres } } : {};
    onSave(
      { markerId: marker.id, date, inspector: inspector.trim(), condition, responsibleTeam: team.trim(), notes: notes.trim(), ...where },
      photos.map((photo) => new File([photo.blob], photo.fileName, { type: photo.type })),
      photos.map((photo) => photo.capture),
    );
  }

  return (
    <form ref={form} className="border-form" onSubmit={submit} aria-label={`Kiểm tra ${marker.label}`}>
      <h3>Ghi kiểm tra {marker.label}</h3>
      <div className="drill-row">
        <label>
          Ngày kiểm tra
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
        </label>
        <label>
          Tình trạng
          <select value={condition} onChange={(event) => setCondition(event.target.value as MarkerCondition)}>
            {MARKER_CONDITIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Người kiểm tra
        <input value={inspector} onChange={(event) => setInspector(event.target.value)} required />
      </label>
      <label>
        Tổ tự quản đường biên, cột mốc
        <input value={team} onChange={(event) => setTeam(event.target.value)} />
      </label>
      <label>
        Ghi chú
        <textarea value={notes} onChange={(event) => setNotes(event.target.value)} />
      </label>
      <div>
        Vị trí kiểm tra
        <TakePositionButton onTake={setPosition} />
        {position && (
          <p className="muted" data-testid="inspection-position">
            {formatDecimal(position)} (sai số {formatMetres(position.accuracyMetres)})
          </p>
        )}
      </div>
      <PhotoPicker
        label="Ảnh chụp cột mốc"
        recordName="lượt kiểm tra"
        photos={photos}
        alreadyStored={0}
        onAdd={(added) => setPhotos((current) => [...current, ...added])}
        onRemove={(index) => setPhotos((current) => current.filter((_, kept) => kept !== index))}
      />
      <div className="drill-actions">
        <button type="submit">Lưu kiểm tra</button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
