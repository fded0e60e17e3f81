// Map first: the map is created by the entry chunk, before React and the
// panels have loaded. MapLibre alone is ~290 KB gzip; React and the shell add
// ~70 KB and more, so a phone on a slow CPU can pan and zoom the basemap while
// the panels are still arriving. MapView adopts this map (moves its container
// into the layout) instead of creating a second one; without an early map
// (tests rendering the shell alone) MapView creates its own.

import type { LngLatBoundsLike } from "maplibre-gl";
import { MapController } from "../../map/map-controller";
import { mapHashPosition } from "../../map/map-hash-position";

/**
 * Whether the page was opened with a map position in its hash (a shared link).
 * Read when the entry loads, before any map writes its own position there.
 */
export const OPENED_WITH_POSITION = mapHashPosition(window.location.hash) !== null;

export interface EarlyMap {
  container: HTMLDivElement;
  controller: MapController;
}

/** The first view before a workspace is open: the whole country; the workspace then shows itself. */
export const VIETNAM_BOUNDS: LngLatBoundsLike = [
  [102.1, 8.4],
  [109.5, 23.4],
];

let earlyMap: EarlyMap | null = null;

/** The map container, with the class and test id MapView gives it. */
export function createMapContainer(): HTMLDivElement {
  const container = document.createElement("div");
  container.className = "map";
  container.dataset.testid = "map";
  return container;
}

/** Creates the map full-screen on the page, outside the React root (React would clear it). */
export function startMapBeforeReact(): EarlyMap {
  const container = createMapContainer();
  container.classList.add("map-early");
  document.body.append(container);
  earlyMap = { container, controller: new MapController(container, VIETNAM_BOUNDS) };
  // The moment the basemap can be panned and zoomed (read by bench/phone-first-load.bench.ts).
  void earlyMap.controller.whenLoaded().then(() => performance.mark("map-usable"));
  return earlyMap;
}

/** The map started before React, if any: it lives as long as the page. */
export function startedMap(): EarlyMap | null {
  return earlyMap;
}
