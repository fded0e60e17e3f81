// Picks photos for a record (an incident, a marker inspection), from the
// camera ("Chụp ảnh") or the gallery ("Chọn ảnh"): resized in a worker,
// stamped with capture time and position, refused ones explained in
// Vietnamese (type, size, count), the kept ones listed with a remove button.

import { useState } from "react";
import { formatBytes } from "../../domain/byte-sizes";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { usePreparedPhotos } from "./use-prepared-photos";
import { PhotoSourceButtons } from "./PhotoSourceButtons";

interface Props {
  /** The picker's title and the gallery input's label. */
  label: string;
  /** What the photos belong to, in messages ("vụ việc", "lượt kiểm tra"). */
  recordName: string;
  photos: readonly NewAttachment[];
  alreadyStored: number;
  onAdd: (photos: NewAttachment[]) => void;
  onRemove: (index: number) => void;
}

export function PhotoPicker({ label, recordName, photos, alreadyStored, onAdd, onRemove }: Props) {
  const { prepare, busy } = usePreparedPhotos(recordName);
  const [problems, setProblems] = useState<string[]>([]);

  async function pick(files: File[]) {
    const result = await prepare(files, alreadyStored + photos.length);
    setProblems(result.problems);
    if (result.photos.length > 0) onAdd(result.photos);
  }

  return (
    <div className="photo-picker">
      <p className="photo-capture-title">{label}</p>
      <PhotoSourceButtons chooseLabel={label} onFiles={(files) => void pick(files)} />
      {busy && <p className="muted" role="status">Đang thu nhỏ ảnh…</p>}
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {photos.length > 0 && (
        <ul aria-label="Ảnh sẽ lưu">
          {photos.map((photo, index) => (
            <li key={`${photo.fileName}-${index}`}>
              {photo.fileName} ({photo.width}×{photo.height}, {formatBytes(photo.blob.size)}
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
