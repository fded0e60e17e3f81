// The side panel's tabs, in order. A feature adds its tab here; tab contents
// stay mounted while hidden, so work in progress (a download, a draft) goes on.
// Feature tabs are separate chunks, loaded right after the shell, so the first
// map render does not wait for their code. The layers tab is imported from its
// own module, not the layers index: the shell already holds that index (the
// layer hooks), and a lazy import of a module already in the shell's chunk
// would not split anything.

import { lazy, type ComponentType } from "react";
import { useIsProvinceAccount } from "../province/use-province-account";

export interface SidePanelTab {
  id: string;
  /** Vietnamese tab label (the tab's accessible name). */
  label: string;
  Component: ComponentType;
  /** A hook saying whether the tab is offered (e.g. only to a province account); always when absent. */
  useShown?: () => boolean;
}

export const SIDE_PANEL_TABS: readonly SidePanelTab[] = [
  { id: "layers", label: "Lớp bản đồ", Component: lazy(() => import("../layers/LayersTab").then((module) => ({ default: module.LayersTab }))) },
  { id: "editing", label: "Biên tập", Component: lazy(() => import("../editing").then((module) => ({ default: module.EditingTab }))) },
  { id: "incidents", label: "Vụ việc", Component: lazy(() => import("../incidents").then((module) => ({ default: module.IncidentsTab }))) },
  { id: "drill", label: "Diễn tập", Component: lazy(() => import("../drills").then((module) => ({ default: module.DrillTab }))) },
  { id: "border", label: "Biên giới", Component: lazy(() => import("../border").then((module) => ({ default: module.BorderTab }))) },
  { id: "offline", label: "Ngoại tuyến", Component: lazy(() => import("../offline").then((module) => ({ default: module.OfflineTab }))) },
  { id: "analysis", label: "Phân tích", Component: lazy(() => import("../analysis").then((module) => ({ default: module.AnalysisTab }))) },
  { id: "sync", label: "Đồng bộ", Component: lazy(() => import("../sync").then((module) => ({ default: module.SyncTab }))) },
  { id: "province", label: "Tỉnh (IOC)", Component: lazy(() => import("../province").then((module) => ({ default: module.ProvinceTab }))), useShown: useIsProvinceAccount },
];
