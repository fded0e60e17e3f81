// One record in full: what, where (village, coordinates in every system),
// status with the allowed next steps, warnings, photos, history; edit,
// soft delete and restore. Refused actions show their Vietnamese reason.

import { useState } from "react";
import { categoryLabel, INCIDENT_SEVERITIES, type Category } from "../../domain/incident-categories";
import { labelOf } from "../../domain/hotspot-categories";
import { INCIDENT_KINDS, type IncidentRecord } from "../../domain/incident";
import { nextStatuses, statusLabel, type IncidentStatus } from "../../domain/incident-lifecycle";
import { CoordinateReadout } from "../ui";
import { IncidentHistoryList } from "./IncidentHistoryList";
import { IncidentWarnings } from "./IncidentWarnings";
import { useIncidentDetails } from "./use-incident-details";
import { userErrorMessage } from "../workspace";
import { classificationOf } from "../../domain/classification";
import { ClassificationBadge, usePermissions } from "../roles";

interface Props {
  record: IncidentRecord;
  categories: readonly Category[];
  onEdit: () => void;
  onStatus: (status: IncidentStatus) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  onRestore: () => Promise<unknown>;
  onClose: () => void;
}

export function IncidentDetails({ record, categories, onEdit, onStatus, onDelete, onRestore, onClose }: Props) {
  const { history, photos } = useIncidentDetails(record);
  const { can } = usePermissions();
  const editable = can("incident.edit");
  const showInvolved = can("incident.involved");
  const [problem, setProblem] = useState<string | null>(null);
  const act = (action: () => Promise<unknown>) => {
    setProblem(null);
    action().catch((error: unknown) => setProblem(userErrorMessage(error, "Không thực hiện được thao tác này. Dữ liệu đã lưu vẫn còn nguyên.")));
  };
  const kind = INCIDENT_KINDS.find((entry) => entry.id === record.kind)?.label;

  return (
    <article className="incident-details" aria-label="Chi tiết vụ việc">
      <header>
        <h3>
          {record.title || categoryLabel(categories, record.category)}
          <ClassificationBadge classification={classificationOf(record)} />
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Đóng chi tiết vụ việc">
          ×
        </button>
      </header>
      {record.deletedAt && <p className="incident-deleted-note">Đã xóa lúc {new Date(record.deletedAt).toLocaleString("vi-VN")} — có thể khôi phục.</p>}
      <dl>
        <dt>Loại</dt>
        <dd>
          {kind} · {categoryLabel(categories, record.category)}
        </dd>
        <dt>Mức độ</dt>
        <dd>{labelOf(INCIDENT_SEVERITIES, record.severity) ?? record.severity}</dd>
        <dt>Trạng thái</dt>
        <dd data-testid="incident-status">{statusLabel(record.status)}</dd>
        <dt>Thời gian xảy ra</dt>
        <dd>{new Date(record.occurredAt).toLocaleString("vi-VN")}</dd>
        <dt>Địa bàn</dt>
        <dd>
          {record.villageName ?? "Ngoài các thôn"} · {record.communeName ?? "ngoài ranh giới xã"}
        </dd>
        {record.description && (
          <>
            <dt>Mô tả</dt>
            <dd>{record.description}</dd>
          </>
        )}
        {showInvolved && record.involved && (
          <>
            <dt>Người, đơn vị liên quan</dt>
            <dd>{record.involved}</dd>
          </>
        )}
        {record.responsibleOfficer && (
          <>
            <dt>Cán bộ phụ trách</dt>
            <dd>{record.responsibleOfficer}</dd>
          </>
        )}
      </dl>
      <IncidentWarnings warnings={record.warnings} />
      {editable && !record.deletedAt && (
        <div className="incident-status-actions" role="group" aria-label="Chuyển trạng thái">
          {nextStatuses(record.status).map((status) => (
            <button key={status} type="button" onClick={() => act(() => onStatus(status))}>
              Chuyển sang: {statusLabel(status)}
            </button>
          ))}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="incident-photo-thumbnails" aria-label="Ảnh đính kèm đã lưu">
          {photos.map((photo) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img src={photo.url} alt={`Ảnh ${photo.fileName}`} />
              </a>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Tọa độ (mọi hệ)</summary>
        <CoordinateReadout position={record} title="Tọa độ vụ việc" />
      </details>
      {editable && <div className="incident-record-actions">
        {record.deletedAt ? (
          <button type="button" onClick={() => act(onRestore)}>
            Khôi phục
          </button>
        ) : (
          <>
            <button type="button" onClick={onEdit}>
              Sửa
            </button>
            <button type="button" className="danger" onClick={() => act(onDelete)}>
              Xóa
            </button>
          </>
        )}
      </div>}
      <IncidentHistoryList history={history} showInvolved={showInvolved} />
      <p className="muted">
        Phiên bản {record.version} · cập nhật {new Date(record.updatedAt).toLocaleString("vi-VN")} bởi {record.updatedBy}
      </p>
    </article>
  );
}
