// Picks photos for an incident, from the camera ("Chụp ảnh") or the gallery
// ("Chọn ảnh"): resized in a worker, stamped with capture time and position,
// refused ones explained in Vietnamese (type, size, count), the kept ones
// listed with a remove button.

import { useState } from "react";
import { formatMegabytes } from "../../domain/incident-photo-rules";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { useIncidentPhotos } from "./use-incident-photos";
import { PhotoSourceButtons } from "../location";

interface Props {
  photos: readonly NewAttachment[];
  alreadyStored: number;
  onAdd: (photos: NewAttachment[]) => void;
  onRemove: (index: number) => void;
}

export function IncidentPhotoPicker({ photos, alreadyStored, onAdd, onRemove }: Props) {
  const { prepare, busy } = useIncidentPhotos();
  const [problems, setProblems] = useState<string[]>([]);

  async function pick(files: File[]) {
    const result = await prepare(files, alreadyStored + photos.length);
    setProblems(result.problems);
    if (result.photos.length > 0) onAdd(result.photos);
  }

  return (
    <div className="incident-photos">
      <p className="photo-capture-title">Ảnh đính kèm</p>
      <PhotoSourceButtons chooseLabel="Ảnh đính kèm" onFiles={(files) => void pick(files)} />
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
              {photo.fileName} ({photo.width}×{photo.height}, {formatMegabytes(photo.blob.size)}
              {photo.capture?.position ? ", có vị trí chụp" : ""})
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
