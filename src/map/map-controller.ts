// The one imperative owner of the MapLibre map. Created once by the React map
// view, kept in a ref and shared by context; React pushes state in through
// these methods and never touches the map itself. Calls made before the style
// has loaded are queued until it has, so callers need not wait. What clicks
// and taps do (select, pick a location, suspended while drawing) is
// map-taps.ts.

import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from "maplibre-gl";
import type { GeoJSONSource, LayerSpecification, LngLatBoundsLike, MapMouseEvent, MapSourceDataEvent } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { createBasemapStyle } from "./basemap/basemap-style";
import { replaceBasemap, type BasemapParts } from "./basemap/basemap-source-switch";
import { pointMapLibreAtBundledWorker } from "./maplibre-worker-url";
import { blobGeoJsonSourceUrl, installBlobGeoJsonProtocol } from "./layers/blob-geojson-protocol";
import { applyColor, applyOpacity } from "./layer-opacity";
import { VIETNAMESE_MAP_LOCALE } from "./vietnamese-map-locale";
import { MAX_MAP_ZOOM, mapHashPosition } from "./map-hash-position";
import { findLayerDefinition } from "../domain/layer-catalog";
import { IMPORTED_SOURCE_PREFIX } from "./layers/imported-source-id";
import { MapTaps, type FeatureSelection } from "./map-taps";

export type { FeatureSelection } from "./map-taps";

interface RegisteredLayer {
  /** The FeatureCollection, or the URL MapLibre loads it from (setLayerFromBlobUrl, setLayerFromVectorTiles). */
  data: FeatureCollection | string;
  styleLayerIds: string[];
  /** false for overlays that only show (the editor's draft): clicks go through them. */
  interactive: boolean;
}

// Credits every source the map may show (data/README.md); sample layers say so on the map and in the panel.
const ATTRIBUTION =
  "Nền: Natural Earth · Biên giới nền: © OpenStreetMap (ODbL) · Ranh giới xã: NXB TN-MT và Bản đồ VN, vietnamese-provinces-database (MIT)";

/** True when the URL hash holds a valid map position; a malformed one is dropped, so the commune view is used. */
function hashHasPosition(): boolean {
  if (mapHashPosition(window.location.hash)) return true;
  if (/^#-?\d/.test(window.location.hash)) history.replaceState(history.state, "", `${window.location.pathname}${window.location.search}`);
  return false;
}

export class MapController {
  readonly map: MapLibreMap;
  private readonly layers = new Map<string, RegisteredLayer>();
  private readonly loaded: Promise<void>;
  private readonly taps: MapTaps;

  constructor(container: HTMLElement, initialBounds: LngLatBoundsLike) {
    pointMapLibreAtBundledWorker();
    this.map = new MapLibreMap({
      container,
      style: createBasemapStyle(),
      hash: true,
      locale: VIETNAMESE_MAP_LOCALE,
      attributionControl: false,
      maxZoom: MAX_MAP_ZOOM,
      // Touch: one finger pans, two pinch-zoom and rotate (MapLibre's defaults, stated so they stay on).
      touchZoomRotate: true,
      touchPitch: false,
      dragPan: true,
      ...(hashHasPosition() ? {} : { bounds: initialBounds, fitBoundsOptions: { padding: 24 } }),
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), "top-right");
    this.map.addControl(new ScaleControl({ unit: "metric", maxWidth: 140 }), "bottom-left");
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), "bottom-right");
    this.loaded = new Promise((resolve) => this.map.once("load", () => resolve()));
    void this.loaded.then(() => {
      if (window.matchMedia("(max-width: 767.98px)").matches) this.foldAttribution();
    });
    this.taps = new MapTaps(this.map, () => this.interactiveStyleLayerIds());
  }

  /**
   * On a phone the credits start folded behind their "i" button: open, they
   * cover a third of the screen's width above the sheet. MapLibre opens the
   * compact attribution at first and offers no option for it.
   */
  private foldAttribution(): void {
    const attribution = this.map.getContainer().querySelector<HTMLDetailsElement>(".maplibregl-ctrl-attrib");
    attribution?.classList.remove("maplibregl-compact-show");
    attribution?.removeAttribute("open");
  }

  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Adds a layer, or replaces its data when it exists and the data changed. */
  async setLayer(sourceId: string, data: FeatureCollection, styles: LayerSpecification[], promoteId?: string, interactive = true): Promise<void> {
    await this.loaded;
    const existing = this.layers.get(sourceId);
    if (existing) {
      if (existing.data === data) return;
      (this.map.getSource(sourceId) as GeoJSONSource).setData(data);
      existing.data = data;
      return;
    }
    this.map.addSource(sourceId, {
      type: "geojson",
      data,
      ...(promoteId ? { promoteId } : { generateId: true }),
    });
    // The commune's operational layers stay under imported layers, whichever is read first at start.
    const beforeId = findLayerDefinition(sourceId) ? this.firstImportedStyleLayerId() : undefined;
    for (const style of styles) this.map.addLayer(style, beforeId);
    this.layers.set(sourceId, { data, styleLayerIds: styles.map((style) => style.id), interactive });
  }

  /** The lowest style layer of an imported layer (blob or vector tiles), if any is on the map. */
  private firstImportedStyleLayerId(): string | undefined {
    const imported = new Set([...this.layers].filter(([sourceId]) => sourceId.startsWith(IMPORTED_SOURCE_PREFIX)).flatMap(([, layer]) => layer.styleLayerIds));
    return this.map.getStyle().layers.find((layer) => imported.has(layer.id))?.id;
  }

  /**
   * Like setLayer, but MapLibre's worker fetches and parses the GeoJSON from a
   * `blob:` URL (URL.createObjectURL of a stored layer's blob): the features
   * never pass through the main thread (see blob-geojson-protocol.ts).
   */
  async setLayerFromBlobUrl(sourceId: string, blobUrl: string, styles: LayerSpecification[]): Promise<void> {
    await Promise.all([this.loaded, installBlobGeoJsonProtocol()]);
    const url = blobGeoJsonSourceUrl(blobUrl);
    const existing = this.layers.get(sourceId);
    if (existing) {
      if (existing.data === url) return;
      await (this.map.getSource(sourceId) as GeoJSONSource).setData(url);
      existing.data = url;
      return;
    }
    this.map.addSource(sourceId, { type: "geojson", data: url, generateId: true });
    for (const style of styles) this.map.addLayer(style);
    this.layers.set(sourceId, { data: url, styleLayerIds: styles.map((style) => style.id), interactive: true });
    this.markWhenLoaded(sourceId);
  }

  /**
   * A large imported layer drawn from its vector tiles (`tilesUrl` template,
   * tiles cut down to `maxZoom`, over-zoomed beyond): only the tiles in view
   * are read. `styles` must name the tiles' source layer.
   */
  async setLayerFromVectorTiles(sourceId: string, tilesUrl: string, maxZoom: number, bounds: [number, number, number, number] | undefined, styles: LayerSpecification[]): Promise<void> {
    await this.loaded;
    if (this.layers.get(sourceId)?.data === tilesUrl) return;
    if (this.layers.has(sourceId)) await this.removeLayer(sourceId);
    this.map.addSource(sourceId, { type: "vector", tiles: [tilesUrl], minzoom: 0, maxzoom: maxZoom, ...(bounds && { bounds }) });
    for (const style of styles) this.map.addLayer(style);
    this.layers.set(sourceId, { data: tilesUrl, styleLayerIds: styles.map((style) => style.id), interactive: true });
    this.markWhenLoaded(sourceId);
  }

  /** "imported-layer-loaded" (detail: sourceId) once MapLibre has loaded the layer's data (read by the import bench). */
  private markWhenLoaded(sourceId: string): void {
    const markLoaded = (event: MapSourceDataEvent) => {
      if (event.sourceId !== sourceId || !event.isSourceLoaded) return;
      this.map.off("sourcedata", markLoaded);
      performance.mark("imported-layer-loaded", { detail: sourceId });
    };
    this.map.on("sourcedata", markLoaded);
  }

  async removeLayer(sourceId: string): Promise<void> {
    await this.loaded;
    const existing = this.layers.get(sourceId);
    if (!existing) return;
    this.taps.clearSelectionOf(sourceId);
    for (const id of existing.styleLayerIds) this.map.removeLayer(id);
    this.map.removeSource(sourceId);
    this.layers.delete(sourceId);
  }

  /** The sources this controller has put on the map (basemap excluded). */
  sourceIds(): string[] {
    return [...this.layers.keys()];
  }

  async setVisibility(sourceId: string, visible: boolean): Promise<void> {
    await this.loaded;
    for (const id of this.layers.get(sourceId)?.styleLayerIds ?? []) {
      this.map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
    }
    if (!visible) this.taps.clearSelectionOf(sourceId);
  }

  async setOpacity(sourceId: string, opacity: number): Promise<void> {
    await this.loaded;
    for (const id of this.layers.get(sourceId)?.styleLayerIds ?? []) applyOpacity(this.map, sourceId, id, opacity);
  }

  async setColor(sourceId: string, color: string): Promise<void> {
    await this.loaded;
    for (const id of this.layers.get(sourceId)?.styleLayerIds ?? []) applyColor(this.map, id, color);
  }

  /**
   * After the first complete render with the commune's layers: marks the
   * container `data-map-ready="true"` and records the `first-map-render`
   * performance mark (read by the end-to-end tests and the closing notes).
   */
  async markReadyWhenRendered(): Promise<void> {
    await this.loaded;
    await new Promise<void>((resolve) => {
      if (this.map.loaded() && this.map.areTilesLoaded()) resolve();
      else this.map.once("idle", () => resolve());
    });
    if (this.map.getContainer().dataset.mapReady === "true") return;
    performance.mark("first-map-render");
    this.map.getContainer().dataset.mapReady = "true";
  }

  fitBounds(bounds: LngLatBoundsLike): void {
    this.map.fitBounds(bounds, { padding: 40, maxZoom: 15, duration: 600 });
  }

  /** Centres the map on a position, zooming in to `minZoom` if further out (following the device position). */
  centreOn(lngLat: [number, number], minZoom = 15): void {
    this.map.easeTo({ center: lngLat, zoom: Math.max(this.map.getZoom(), minZoom), duration: 400 });
  }

  /** Calls `listener` when the user moves the map by hand (drag, pinch, wheel, keys) — not when code moves it. */
  onUserMove(listener: () => void): () => void {
    // MapLibre sets originalEvent only on moves its input handlers started.
    const handler = (event: { originalEvent?: Event }) => {
      if (event.originalEvent) listener();
    };
    this.map.on("movestart", handler);
    return () => this.map.off("movestart", handler);
  }


  /** Swaps the basemap under the commune's layers (offline feature, see basemap-source-switch.ts). */
  async setBasemap(parts: BasemapParts): Promise<void> {
    await this.loaded;
    replaceBasemap(this.map, parts);
  }

  /** The visible area as [west, south, east, north], e.g. to download it for offline use. */
  viewBounds(): [number, number, number, number] {
    const bounds = this.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  }


  /** Resolves with the next clicked position instead of selecting a feature (map-taps.ts). */
  pickLocation(signal?: AbortSignal): Promise<[number, number]> {
    return this.taps.pickLocation(signal);
  }

  onTapModeChange(listener: (takingTaps: boolean) => void): () => void {
    return this.taps.onTapModeChange(listener);
  }

  /** Turns click-to-select off until the returned function is called (for drawing tools). */
  suspendSelection(): () => void {
    return this.taps.suspendSelection();
  }

  onSelectionChange(listener: (selection: FeatureSelection | null) => void): () => void {
    return this.taps.onSelectionChange(listener);
  }

  clearSelection(): void {
    this.taps.clearSelection();
  }

  /** Lets an adapter in src/map/ answer clicks on its own layers (map-taps.ts). */
  interceptClicks(interceptor: (event: MapMouseEvent) => boolean): () => void {
    return this.taps.interceptClicks(interceptor);
  }

  destroy(): void {
    this.taps.destroy();
    this.map.remove();
  }

  private interactiveStyleLayerIds(): string[] {
    const ids: string[] = [];
    for (const layer of this.layers.values()) {
      if (!layer.interactive) continue;
      for (const id of layer.styleLayerIds) {
        // MapLibre still answers for a layer just hidden until its next frame; a hidden layer is never clickable.
        if (!id.endsWith("-label") && this.map.getLayoutProperty(id, "visibility") !== "none") ids.push(id);
      }
    }
    return ids;
  }

}


