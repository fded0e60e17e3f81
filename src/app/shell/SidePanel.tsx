// The side panel: title, sample-data notice, and the feature tabs.

import { Suspense, useState } from "react";
import { SAMPLE_COMMUNE_NAME } from "../../domain/sample-data-contract";
import { SIDE_PANEL_TABS } from "./side-panel-tabs";

export function SidePanel() {
  const [activeId, setActiveId] = useState(SIDE_PANEL_TABS[0].id);
  return (
    <aside className="side-panel" aria-label="Bảng điều khiển">
      <header className="app-header">
        <h1>Bản đồ số quốc phòng – an ninh</h1>
        <p className="commune-name">{SAMPLE_COMMUNE_NAME} · Hà Tĩnh</p>
        <p className="sample-banner" role="note">
          Dữ liệu mẫu để minh họa – vị trí, số hiệu và thuộc tính không phải dữ liệu thật.
        </p>
      </header>
      {SIDE_PANEL_TABS.length > 1 && (
        <div className="tab-bar" role="tablist" aria-label="Chức năng">
          {SIDE_PANEL_TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-controls={`tab-panel-${tab.id}`}
              aria-selected={tab.id === activeId}
              className={tab.id === activeId ? "tab active" : "tab"}
              onClick={() => setActiveId(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      )}
      {SIDE_PANEL_TABS.map(({ id, Component }) => (
        <div key={id} role="tabpanel" id={`tab-panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== activeId}>
          <Suspense fallback={<p className="muted">Đang tải…</p>}>
            <Component />
          </Suspense>
        </div>
      ))}
    </aside>
  );
}
