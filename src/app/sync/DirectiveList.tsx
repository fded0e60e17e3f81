// "Chỉ đạo": directives of the province addressed to this commune — title,
// text, deadline, the area on the map — with "Đã nhận" and "Đã thực hiện".
// An acknowledgement is stored at once and queued (sent when online).

import { useMemo, useState } from "react";
import { appDatabase, useLiveData, userErrorMessage } from "../workspace";
import { DirectivesAlertsRepository, type AcknowledgementState, type DirectiveRecord } from "../../store/sync/directives-alerts.repository";
import { useSyncMapOverlay } from "./use-sync-map-overlay";

const STATE_LABELS: Record<AcknowledgementState, string> = { "da-nhan": "Đã nhận", "da-thuc-hien": "Đã thực hiện" };

function acknowledged(directive: DirectiveRecord): AcknowledgementState[] {
  const fromServer = (directive.feature.properties.acknowledgements ?? []).map((item) => item.state);
  return [...new Set([...fromServer, ...directive.localAcknowledgements.map((item) => item.state)])];
}

function deadlineText(deadline: string): string {
  const date = new Date(deadline);
  return Number.isNaN(date.getTime()) ? deadline : date.toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short", hour12: false });
}

export function DirectiveList({ communeCode }: { communeCode?: string }) {
  const repository = useMemo(() => new DirectivesAlertsRepository(appDatabase), []);
  const directives = useLiveData(() => repository.directives(), [repository]).data ?? [];
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const area = directives.find((directive) => directive.id === shown);
  const shapes = useMemo(() => (area ? [{ side: "directive" as const, feature: area.feature }] : null), [area]);
  useSyncMapOverlay(shapes);
  const acknowledge = async (id: string, state: AcknowledgementState) => {
    try {
      await repository.acknowledge(id, state, communeCode);
    } catch (failure) {
      setError(userErrorMessage(failure, "Chưa ghi được xác nhận."));
    }
  };
  return (
    <section aria-label="Chỉ đạo">
      <h3>Chỉ đạo</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {directives.length === 0 && <p className="muted">Chưa có chỉ đạo nào.</p>}
      <ul className="sync-directives">
        {directives.map((directive) => {
          const { title, text, deadline } = directive.feature.properties;
          const states = acknowledged(directive);
          return (
            <li key={directive.id} data-testid="directive">
              <strong>{title}</strong>
              <p>{text}</p>
              <p className="muted">Hạn: {deadlineText(deadline)}{states.length > 0 ? ` · ${states.map((state) => STATE_LABELS[state]).join(", ")}` : ""}</p>
              <div className="sync-actions">
                {directive.feature.geometry && (
                  <button type="button" onClick={() => setShown(shown === directive.id ? null : directive.id)}>
                    {shown === directive.id ? "Ẩn vùng" : "Xem vùng trên bản đồ"}
                  </button>
                )}
                <button type="button" disabled={states.includes("da-nhan")} onClick={() => void acknowledge(directive.id, "da-nhan")}>
                  Đã nhận
                </button>
                <button type="button" disabled={states.includes("da-thuc-hien")} onClick={() => void acknowledge(directive.id, "da-thuc-hien")}>
                  Đã thực hiện
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
