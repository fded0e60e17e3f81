// A feature's button over the map: rendered into the shell's
// `.map-overlay-controls` column (bottom-right, above the phone's bottom sheet;
// MapView provides the column), wherever the feature's own component sits —
// e.g. the phone's floating "Thêm vụ việc" from the hidden "Vụ việc" tab.

import { createContext, useContext, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** The overlay column's element, provided by the shell's MapView; null before it is mounted. */
export const MapOverlayContext = createContext<HTMLElement | null>(null);

export function MapOverlayPortal({ children }: { children: ReactNode }) {
  const column = useContext(MapOverlayContext);
  return column ? createPortal(children, column) : null;
}
