// Shares the one MapController with the panels that push state into it.

import { createContext, useContext } from "react";
import type { MapController } from "../../map/map-controller";

export const MapControllerContext = createContext<MapController | null>(null);

export function useMapController(): MapController | null {
  return useContext(MapControllerContext);
}
