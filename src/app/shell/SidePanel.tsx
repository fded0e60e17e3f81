// The side panel: title, the open workspace (its communes; the sample-data
// notice for the sample), and the feature tabs — or, before any workspace is
// open, the commune setup.

import { Suspense, useState } from "react";
import type { WorkspaceRecord } from "../../domain/workspace";
import { SetupPanel } from "../setup";
import { SIDE_PANEL_TABS } from "./side-panel-tabs";
import { FeatureErrorBoundary } from "../ui";
import { QuarantinePanel } from "../quarantine";
import { DeviceLockControls } from "../security";

function AppHeader({ workspace, onChangeWorkspace }: { workspace: WorkspaceRecord | null; onChangeWorkspace?: () => void }) {
  return (
    <header className="app-header">
      <h1>Bản đồ số quốc phòng – an ninh</h1>
      <DeviceLockControls />
      {workspace && (
        <p className="commune-name">
          {workspace.name}{" "}
          <button type="button" className="link-button" onClick={onChangeWorkspace}>
            Xã / phường
          </button>
        </p>
      )}
      {workspace?.kind === "sample" && (
        <p className="sample-banner" role="note">
          Dữ liệu mẫu để minh họa – vị trí, số hiệu và thuộc tính không phải dữ liệu thật.
        </p>
      )}
    </header>
  );
}

export function SetupSidePanel({ loading }: { loading: boolean }) {
  return (
    <aside className="side-panel" aria-label="Bảng điều khiển">
      <AppHeader workspace={null} />
      {loading ? <p className="muted">Đang mở…</p> : <SetupPanel />}
    </aside>
  );
}

export function SidePanel({ workspace }: { workspace: WorkspaceRecord }) {
  const [activeId, setActiveId] = useState(SIDE_PANEL_TABS[0].id);
  const [choosing, setChoosing] = useState(false);
  return (
    <aside className="side-panel" aria-label="Bảng điều khiển">
      <AppHeader workspace={workspace} onChangeWorkspace={() => setChoosing((open) => !open)} />
      {choosing && <SetupPanel onDone={() => setChoosing(false)} />}
      <QuarantinePanel />
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
      {SIDE_PANEL_TABS.map(({ id, label, Component }) => (
        <div key={id} role="tabpanel" id={`tab-panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== activeId}>
          {/* One boundary per tab: a tab that fails to render does not take the others (or the map) with it. */}
          <FeatureErrorBoundary name={label}>
            <Suspense fallback={<p className="muted">Đang tải…</p>}>
              <Component />
            </Suspense>
          </FeatureErrorBoundary>
        </div>
      ))}
    </aside>
  );
}
