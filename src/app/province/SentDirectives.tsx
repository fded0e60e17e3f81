// The directives the province sent, newest first, and for each commune it
// went to: "Chưa nhận", "Đã nhận" or "Đã thực hiện", with when. Refreshed
// by the IOC on every server `changes` event.

import { directiveStatuses, newestFirst } from "./directive-status";
import type { Directive } from "./province-api";

function when(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short", hour12: false });
}

export function SentDirectives({ directives, communeName }: { directives: readonly Directive[]; communeName: (code: string) => string }) {
  return (
    <section aria-label="Chỉ đạo đã gửi">
      <h3>Chỉ đạo đã gửi</h3>
      {directives.length === 0 && <p className="muted">Chưa gửi chỉ đạo nào.</p>}
      <ul className="ioc-directives">
        {newestFirst(directives).map((directive) => (
          <li key={String(directive.id)} data-testid="sent-directive">
            <strong>{directive.properties.title}</strong>
            <span className="muted">
              {" "}
              · hạn {when(directive.properties.deadline)}
              {directive.geometry ? " · có vùng trên bản đồ" : ""}
            </span>
            <p>{directive.properties.text}</p>
            <ul>
              {directiveStatuses(directive).map((status) => (
                <li key={status.communeCode} data-testid="directive-commune-status">
                  {communeName(status.communeCode)}: <strong className={status.label === "Chưa nhận" ? "muted" : "ioc-ack"}>{status.label}</strong>
                  {status.at ? ` lúc ${when(status.at)}` : ""}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
