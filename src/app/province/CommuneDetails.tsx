// One commune opened from the IOC, read-only: its figures and its open
// incidents as the server holds them (title, severity, status, when).

import { useCallback } from "react";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";
import { INCIDENT_STATUSES } from "../../domain/incident-lifecycle";
import { fetchCommuneIncidents, COMMUNE_INCIDENT_LIMIT, type ProvinceHttp } from "./province-api";
import { openIncidentTotal, type IocCommune } from "./ioc-communes";
import { useServerData } from "./use-server-data";

const labelOf = (list: readonly { id: string; label: string }[], id: string) => list.find((item) => item.id === id)?.label ?? id;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short", hour12: false });
}

export function CommuneDetails({ http, commune, onClose }: { http: ProvinceHttp; commune: IocCommune; onClose: () => void }) {
  // The communes re-read after a server change are new objects: the list is read again with them.
  const read = useCallback(() => fetchCommuneIncidents(http, commune), [http, commune]);
  const { data, error, loading } = useServerData(read, "Không đọc được vụ việc của xã.");
  const { properties } = commune;
  return (
    <section className="ioc-commune" aria-label={`Dữ liệu xã ${properties.name}`}>
      <h3>
        {properties.name} <span className="muted">(chỉ xem)</span>
      </h3>
      <p className="muted">
        {openIncidentTotal(properties).toLocaleString("vi-VN")} vụ việc đang mở · {properties.overdueInspections} mốc quá hạn kiểm tra · {properties.drillsThisMonth} diễn tập
        trong tháng · {properties.staleDevices} thiết bị lâu chưa đồng bộ
      </p>
      {error && <p role="alert" className="error">{error}{data ? " – đang hiển thị dữ liệu đọc lần trước." : ""}</p>}
      {loading && !data && <p className="muted">Đang tải vụ việc…</p>}
      {data && data.incidents.length === 0 && <p className="muted">Không có vụ việc đang mở.</p>}
      {data && data.incidents.length > 0 && (
        <ul className="ioc-incidents" aria-label="Vụ việc đang mở">
          {data.incidents.map((incident) => (
            <li key={incident.id}>
              <strong>{incident.title}</strong> – {labelOf(INCIDENT_SEVERITIES, incident.severity)} · {labelOf(INCIDENT_STATUSES, incident.status)} · {when(incident.occurredAt)}
            </li>
          ))}
        </ul>
      )}
      {data?.truncated && <p className="muted">Chỉ hiển thị {COMMUNE_INCIDENT_LIMIT.toLocaleString("vi-VN")} vụ việc đầu tiên trong vùng của xã.</p>}
      <button type="button" onClick={onClose}>
        Đóng xã
      </button>
    </section>
  );
}
