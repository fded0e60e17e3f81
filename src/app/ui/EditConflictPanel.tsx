// Shown when a save is refused because the record was saved elsewhere (another
// tab, later another device) after this form opened: both values of every
// field that differs, side by side, and the user chooses — keep what is
// stored, or save their own version over it. Nothing has been written yet.

import type { EditConflictError } from "../../store/edit-conflict";

interface Props {
  conflict: EditConflictError;
  /** Vietnamese label per field name; fields without one are shown by name. */
  labels: Readonly<Record<string, string>>;
  onKeepStored: () => void;
  onKeepMine: () => void;
  busy?: boolean;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value).slice(0, 200);
}

export function EditConflictPanel({ conflict, labels, onKeepStored, onKeepMine, busy = false }: Props) {
  const stored = conflict.stored as Record<string, unknown>;
  const attempted = conflict.attempted as Record<string, unknown>;
  return (
    <section className="edit-conflict" role="alert" aria-label="Xung đột khi lưu" data-testid="edit-conflict">
      <p>
        <strong>{conflict.message}</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Trường</th>
            <th scope="col">Bản đang lưu (mới hơn)</th>
            <th scope="col">Bản của bạn</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{labels[field] ?? field}</th>
              <td>{shown(stored[field])}</td>
              <td>{shown(attempted[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="edit-conflict-actions">
        <button type="button" onClick={onKeepStored} disabled={busy}>
          Giữ bản đang lưu
        </button>
        <button type="button" className="primary" onClick={onKeepMine} disabled={busy}>
          Lưu bản của tôi đè lên
        </button>
      </div>
    </section>
  );
}
