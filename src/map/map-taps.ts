// What a click or a tap on the map does (split from map-controller.ts): by
// default it selects the nearest feature of an interactive layer (a wider
// target for a finger), unless a location is being picked ("click the map to
// place…"), a drawing tool has suspended selection, or an adapter answers it
// (incident clusters). Tells who listens when the selection changes and when
// taps stop selecting (the phone's sheet steps aside meanwhile).

import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";

export interface FeatureSelection {
  sourceId: string;
  properties: Record<string, unknown>;
  geometryType: string;
  lngLat: [number, number];
}

const CLICK_TOLERANCE_PX = 6;
/** A fingertip covers ~10 mm: a tap selects within 22 px (a 44 px target), as touch guidelines ask. */
const TAP_TOLERANCE_PX = 22;

/** True for a click made by a finger (or pen), false for a mouse. */
function isTouchClick(event: MouseEvent): boolean {
  const pointerType = (event as Partial<PointerEvent>).pointerType;
  if (pointerType) return pointerType !== "mouse";
  return window.matchMedia("(pointer: coarse)").matches;
}

export class MapTaps {
  private readonly selectionListeners = new Set<(selection: FeatureSelection | null) => void>();
  private selected: { source: string; sourceLayer?: string; id: string | number } | null = null;
  /** While a location is being picked or a drawing tool is active, clicks do not select. */
  private pendingPick: ((lngLat: [number, number]) => void) | null = null;
  private selectionSuspensions = 0;
  private readonly clickInterceptors = new Set<(event: MapMouseEvent) => boolean>();
  private readonly tapModeListeners = new Set<(takingTaps: boolean) => void>();
  private takingTaps = false;

  /** `interactiveStyleLayerIds`: the style layers a click may select in, at the moment of the click. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly interactiveStyleLayerIds: () => string[],
  ) {
    map.on("click", (event) => this.handleClick(event));
  }

  /**
   * Resolves with the next clicked position instead of selecting a feature
   * (e.g. "click the map to place an incident"). Rejects with an AbortError
   * when `signal` aborts; a newer pick replaces an older one.
   */
  pickLocation(signal?: AbortSignal): Promise<[number, number]> {
    return new Promise((resolve, reject) => {
      const canvas = this.map.getCanvas();
      const finish = () => {
        this.pendingPick = null;
        canvas.style.cursor = "";
        this.notifyTapMode();
      };
      this.pendingPick = (lngLat) => {
        finish();
        resolve(lngLat);
      };
      canvas.style.cursor = "crosshair";
      this.notifyTapMode();
      signal?.addEventListener("abort", () => {
        finish();
        reject(new DOMException("Đã hủy chọn vị trí", "AbortError"));
      });
    });
  }

  /**
   * Tells when the map's taps stop selecting and start placing or drawing
   * (pickLocation, a drawing tool's suspendSelection) and when they select
   * again: the phone's bottom sheet steps aside meanwhile.
   */
  onTapModeChange(listener: (takingTaps: boolean) => void): () => void {
    this.tapModeListeners.add(listener);
    return () => this.tapModeListeners.delete(listener);
  }

  private notifyTapMode(): void {
    const takingTaps = this.pendingPick !== null || this.selectionSuspensions > 0;
    if (takingTaps === this.takingTaps) return;
    this.takingTaps = takingTaps;
    for (const listener of this.tapModeListeners) listener(takingTaps);
  }

  /** Turns click-to-select off until the returned function is called (for drawing tools). */
  suspendSelection(): () => void {
    this.selectionSuspensions += 1;
    this.notifyTapMode();
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      this.selectionSuspensions -= 1;
      this.notifyTapMode();
    };
  }

  onSelectionChange(listener: (selection: FeatureSelection | null) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  clearSelection(): void {
    this.select(null);
  }

  /** Drops the selection if it is a feature of `sourceId` (the layer is removed or hidden). */
  clearSelectionOf(sourceId: string): void {
    if (this.selected?.source === sourceId) this.select(null);
  }

  /**
   * Lets an adapter in src/map/ answer clicks on its own layers (e.g. incident
   * clusters): an interceptor returning true stops the default selection.
   */
  interceptClicks(interceptor: (event: MapMouseEvent) => boolean): () => void {
    this.clickInterceptors.add(interceptor);
    return () => this.clickInterceptors.delete(interceptor);
  }

  destroy(): void {
    this.selectionListeners.clear();
  }

  private handleClick(event: MapMouseEvent): void {
    if (this.pendingPick) {
      this.pendingPick([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    if (this.selectionSuspensions > 0) return;
    for (const intercept of this.clickInterceptors) if (intercept(event)) return;
    const { x, y } = event.point;
    const tolerance = isTouchClick(event.originalEvent) ? TAP_TOLERANCE_PX : CLICK_TOLERANCE_PX;
    const box: [[number, number], [number, number]] = [
      [x - tolerance, y - tolerance],
      [x + tolerance, y + tolerance],
    ];
    const hits = this.map.queryRenderedFeatures(box, { layers: this.interactiveStyleLayerIds() });
    // Points and lines are hard to hit, so they win over the polygon under them; of several points, the nearest to the tap.
    const small = hits.filter((feature) => feature.geometry.type !== "Polygon" && feature.geometry.type !== "MultiPolygon");
    const hit = nearestPoint(small, this.map, event.point) ?? small[0] ?? hits[0];
    this.select(hit ?? null, [event.lngLat.lng, event.lngLat.lat]);
  }

  private select(feature: MapGeoJSONFeature | null, lngLat: [number, number] = [0, 0]): void {
    if (this.selected && this.map.getSource(this.selected.source)) {
      this.map.setFeatureState(this.selected, { selected: false });
    }
    this.selected = feature && feature.id !== undefined ? { source: feature.source, ...(feature.sourceLayer && { sourceLayer: feature.sourceLayer }), id: feature.id } : null;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: true });
    const selection = feature
      ? {
          sourceId: feature.source,
          properties: { ...feature.properties },
          geometryType: feature.geometry.type,
          // A point's own position, not where the click landed (up to 6 px away).
          lngLat: feature.geometry.type === "Point" ? (feature.geometry.coordinates.slice(0, 2) as [number, number]) : lngLat,
        }
      : null;
    for (const listener of this.selectionListeners) listener(selection);
  }
}

/** The point feature drawn nearest to `at` (screen pixels), if any of `features` is a point. */
function nearestPoint(features: MapGeoJSONFeature[], map: MapLibreMap, at: { x: number; y: number }): MapGeoJSONFeature | undefined {
  let best: MapGeoJSONFeature | undefined;
  let bestDistance = Infinity;
  for (const feature of features) {
    if (feature.geometry.type !== "Point") continue;
    const drawn = map.project(feature.geometry.coordinates as [number, number]);
    const distance = Math.hypot(drawn.x - at.x, drawn.y - at.y);
    if (distance < bestDistance) [best, bestDistance] = [feature, distance];
  }
  return best;
}
