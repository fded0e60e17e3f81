// The newest alerts ("Cảnh báo") not yet seen: an emergency incident or one in
// the border belt, raised by the server for the border station and the
// province. "Đã xem" closes one; the list stays in the Đồng bộ tab.

import { appDatabase } from "../workspace";
import { DirectivesAlertsRepository, type AlertRecord } from "../../store/sync/directives-alerts.repository";

export const ALERT_KIND_LABELS: Record<string, string> = {
  "khan-cap": "Khẩn cấp",
  "vanh-dai-bien-gioi": "Trong vành đai biên giới",
};

export function alertLine(alert: AlertRecord): string {
  const { kind, title, communeCode } = alert.feature.properties;
  return `${ALERT_KIND_LABELS[kind] ?? "Cảnh báo"}: ${title} (xã ${communeCode})`;
}

export function AlertBanner({ alerts }: { alerts: readonly AlertRecord[] }) {
  if (alerts.length === 0) return null;
  const repository = new DirectivesAlertsRepository(appDatabase);
  return (
    <div className="sync-alert-banner" role="alert" aria-label="Cảnh báo" data-testid="alert-banner">
      {alerts.slice(0, 3).map((alert) => (
        <p key={alert.id}>
          <strong>Cảnh báo</strong> – {alertLine(alert)}{" "}
          <button type="button" className="link-button" onClick={() => void repository.markAlertSeen(alert.id)}>
            Đã xem
          </button>
        </p>
      ))}
      {alerts.length > 3 && <p>… và {alerts.length - 3} cảnh báo khác (xem ở thẻ Đồng bộ).</p>}
    </div>
  );
}
