// The side panel's tabs, in order. A feature adds its tab here; tab contents
// stay mounted while hidden, so work in progress (a download, a draft) goes on.

import type { ComponentType } from "react";
import { LayersTab } from "./LayersTab";
import { IncidentsTab } from "./IncidentsTab";
import { OfflineTab } from "./OfflineTab";
import { DrillTab } from "./DrillTab";
import { BorderTab } from "./BorderTab";
import { AnalysisTab } from "./AnalysisTab";

export interface SidePanelTab {
  id: string;
  /** Vietnamese tab label (the tab's accessible name). */
  label: string;
  Component: ComponentType;
}

export const SIDE_PANEL_TABS: readonly SidePanelTab[] = [{ id: "layers", label: "Lớp bản đồ", Component: LayersTab },
  { id: "incidents", label: "Vụ việc", Component: IncidentsTab },
  { id: "drill", label: "Diễn tập", Component: DrillTab },
  { id: "border", label: "Biên giới", Component: BorderTab },
  { id: "offline", label: "Ngoại tuyến", Component: OfflineTab },
  { id: "analysis", label: "Phân tích", Component: AnalysisTab },
];
