// The side panel: title, the open workspace (its communes; the sample-data
// notice for the sample), and the feature tabs — or, before any workspace is
// open, the commune setup.

import { Suspense, useState } from "react";
import type { WorkspaceRecord } from "../../domain/workspace";
import { SetupPanel } from "../setup";
import { SIDE_PANEL_TABS, type SidePanelTab } from "./side-panel-tabs";
import { FeatureErrorBoundary } from "../ui";
import { QuarantinePanel } from "../quarantine";
import { SyncStatusLine } from "../sync/SyncStatusLine";

function AppHeader({ workspace, onChangeWorkspace }: { workspace: WorkspaceRecord | null; onChangeWorkspace?: () => void }) {
  return (
    <header className="app-header">
      <h1>Bản đồ số quốc phòng – an ninh</h1>
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

/** A tab's button; a tab with `useShown` is offered only while its hook says so. */
function TabButton({ tab, active, onSelect }: { tab: SidePanelTab; active: boolean; onSelect: () => void }) {
  const shown = (tab.useShown ?? alwaysShown)();
  if (!shown) return null;
  return (
    <button type="button" role="tab" id={`tab-${tab.id}`} aria-controls={`tab-panel-${tab.id}`} aria-selected={active} className={active ? "tab active" : "tab"} onClick={onSelect}>
      {tab.label}
    </button>
  );
}

const alwaysShown = () => true;

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
      <SyncStatusLine />
      {SIDE_PANEL_TABS.length > 1 && (
        <div className="tab-bar" role="tablist" aria-label="Chức năng">
          {SIDE_PANEL_TABS.map((tab) => (
            <TabButton key={tab.id} tab={tab} active={tab.id === activeId} onSelect={() => setActiveId(tab.id)} />
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
