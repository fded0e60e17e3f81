// Picks photos for an incident: resized in a worker, refused ones explained
// in Vietnamese (type, size, count), the kept ones listed with a remove button.

import { useState } from "react";
import { formatMegabytes } from "../../domain/incident-photo-rules";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { useIncidentPhotos } from "./use-incident-photos";

interface Props {
  photos: readonly NewAttachment[];
  alreadyStored: number;
  onAdd: (photos: NewAttachment[]) => void;
  onRemove: (index: number) => void;
}

export function IncidentPhotoPicker({ photos, alreadyStored, onAdd, onRemove }: Props) {
  const { prepare, busy } = useIncidentPhotos();
  const [problems, setProblems] = useState<string[]>([]);

  async function pick(files: FileList | null) {
    if (!files || files.length === 0) return;
    const result = await prepare(Array.from(files), alreadyStored + photos.length);
    setProblems(result.problems);
    if (result.photos.length > 0) onAdd(result.photos);
  }

  return (
    <div className="incident-photos">
      <label className="incident-photo-button">
        Ảnh đính kèm
        <input aria-label="Ảnh đính kèm" type="file" accept="image/*" multiple onChange={(event) => {
          void pick(event.target.files);
          event.target.value = "";
        }} />
      </label>
      {busy && <p className="muted" role="status">Đang thu nhỏ ảnh…</p>}
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {photos.length > 0 && (
        <ul className="incident-photo-list" aria-label="Ảnh sẽ lưu">
          {photos.map((photo, index) => (
            <li key={`${photo.fileName}-${index}`}>
              {photo.fileName} ({photo.width}×{photo.height}, {formatMegabytes(photo.blob.size)})
              <button type="button" onClick={() => onRemove(index)} aria-label={`Bỏ ảnh ${photo.fileName}`}>
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
