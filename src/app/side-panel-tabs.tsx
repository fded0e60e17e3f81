// The side panel's tabs, in order. A feature adds its tab here; tab contents
// stay mounted while hidden, so work in progress (a download, a draft) goes on.

import type { ComponentType } from "react";
import { LayersTab } from "./LayersTab";

export interface SidePanelTab {
  id: string;
  /** Vietnamese tab label (the tab's accessible name). */
  label: string;
  Component: ComponentType;
}

export const SIDE_PANEL_TABS: readonly SidePanelTab[] = [{ id: "layers", label: "Lớp bản đồ", Component: LayersTab }];
