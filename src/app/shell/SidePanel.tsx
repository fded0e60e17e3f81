// The side panel: title, the open workspace (its communes; the sample-data
// notice for the sample), and the feature tabs — or, before any workspace is
// open, the commune setup. One DOM for every screen (docs/features/phone.md):
// on a phone CSS makes it a bottom sheet with the tabs as a bottom bar, on a
// tablet a side panel that collapses, on a desktop the fixed side panel.

import { lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import type { WorkspaceRecord } from "../../domain/workspace";
import { SIDE_PANEL_TABS, type SidePanelTab } from "./side-panel-tabs";
import { FeatureErrorBoundary } from "../ui/FeatureErrorBoundary";
import { TabActiveContext } from "../ui/tab-activity";
import { SidePanelControlContext, type SidePanelControl } from "../ui/side-panel-control";
import { QuarantinePanel } from "../quarantine";
import { ProfileBar, usePermissions } from "../roles";
import { useMapController } from "../workspace";
import { useBottomSheet } from "./use-bottom-sheet";
import { BottomSheetHandle } from "./BottomSheetHandle";
import { SyncStatusLine } from "../sync/SyncStatusLine";
import { DeviceLockControls } from "../security";

// Commune setup is needed once per device: its own chunk, not the shell's (from its
// own module: the setup index is already in the shell for the neighbour outlines).
const SetupPanel = lazy(() => import("../setup/SetupPanel").then((module) => ({ default: module.SetupPanel })));

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
      {workspace && <ProfileBar />}
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
    <aside className="side-panel" aria-label="Bảng điều khiển" data-sheet="full">
      <AppHeader workspace={null} />
      <Suspense fallback={<p className="muted">Đang tải…</p>}>{loading ? <p className="muted">Đang mở…</p> : <SetupPanel />}</Suspense>
    </aside>
  );
}

export function SidePanel({ workspace }: { workspace: WorkspaceRecord }) {
  // The role decides which tabs appear and which comes first (domain/device-role.ts).
  const tabs = usePermissions().visibleTabs(SIDE_PANEL_TABS);
  const [chosenId, setActiveId] = useState<string | null>(null);
  const activeId = tabs.some((tab) => tab.id === chosenId) ? chosenId : tabs[0]?.id;
  const [choosing, setChoosing] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const sheet = useBottomSheet(panelRef, useMapController());
  const { reveal, setState: setSheet } = sheet;
  const showTab = useCallback<SidePanelControl["showTab"]>(
    (tabId, height) => {
      setActiveId(tabId);
      if (height) setSheet(height);
      else reveal();
    },
    [reveal, setSheet],
  );
  const control = useMemo<SidePanelControl>(() => ({ sheet: sheet.state, showTab }), [sheet.state, showTab]);
  return (
    <aside ref={panelRef} className="side-panel" aria-label="Bảng điều khiển" data-sheet={sheet.state} data-collapsed={collapsed} onFocusCapture={sheet.onFocusCapture}>
      <BottomSheetHandle sheet={sheet} />
      {/* Tablet only (CSS): stays visible while the panel is slid away. */}
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={!collapsed}
        aria-label={collapsed ? "Mở bảng điều khiển" : "Thu gọn bảng điều khiển"}
        onClick={() => setCollapsed((current) => !current)}
      >
        {collapsed ? "›" : "‹"}
      </button>
      <AppHeader workspace={workspace} onChangeWorkspace={() => setChoosing((open) => !open)} />
      {choosing && (
        <Suspense fallback={<p className="muted">Đang tải…</p>}>
          <SetupPanel onDone={() => setChoosing(false)} />
        </Suspense>
      )}
      <QuarantinePanel />
      <SyncStatusLine />
      {tabs.length > 1 && (
        <div className="tab-bar" role="tablist" aria-label="Chức năng">
          {tabs.map((tab) => (
            <TabButton
              key={tab.id}
              tab={tab}
              active={tab.id === activeId}
              onSelect={() => {
                setActiveId(tab.id);
                sheet.reveal();
              }}
            />
          ))}
        </div>
      )}
      <SidePanelControlContext.Provider value={control}>
      {tabs.map(({ id, label, Component }) => (
        <div key={id} role="tabpanel" id={`tab-panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== activeId}>
          {/* One boundary per tab: a tab that fails to render does not take the others (or the map) with it. */}
          <TabActiveContext.Provider value={id === activeId}>
            <FeatureErrorBoundary name={label}>
              <Suspense fallback={<p className="muted">Đang tải…</p>}>
                <Component />
              </Suspense>
            </FeatureErrorBoundary>
          </TabActiveContext.Provider>
        </div>
      ))}
      </SidePanelControlContext.Provider>
    </aside>
  );
}
