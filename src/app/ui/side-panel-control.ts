// Lets a feature bring its own tab forward in the side panel and open the
// phone's bottom sheet to a given height (e.g. the map's "Thêm vụ việc" opens
// the incident form full screen). Provided by the shell's SidePanel.

import { createContext, useContext } from "react";

export type SheetHeight = "peek" | "half" | "full";

export interface SidePanelControl {
  /** The phone's bottom sheet now (always "peek" off a phone, where it has no effect). */
  sheet: SheetHeight;
  /** Shows the tab `tabId`; on a phone the sheet opens to `sheet` (at least half when absent). */
  showTab(tabId: string, sheet?: SheetHeight): void;
}

export const SidePanelControlContext = createContext<SidePanelControl>({ sheet: "peek", showTab: () => undefined });

export function useSidePanelControl(): SidePanelControl {
  return useContext(SidePanelControlContext);
}
