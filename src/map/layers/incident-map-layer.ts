// The map side of incidents: two GeoJSON sources the controller does not
// manage (the record source needs clustering, which setLayer does not offer),
// added on the controller's map. Records are never DOM markers: 100,000
// points render as clusters; `promoteId: "id"` keeps each record's UUID as its
// feature id for selection. Clicks on a cluster zoom in; clicks on a record
// are handed to the incidents panel instead of the default selection.

import type { FeatureCollection, Point, Polygon } from "geojson";
import type { GeoJSONSource, LayerSpecification, MapMouseEvent } from "maplibre-gl";
import { classificationOf, type Classification } from "../../domain/classification";
import type { MapController } from "../map-controller";
import { HEXBIN_SOURCE, INCIDENT_POINT_LAYERS, INCIDENT_SOURCE, hexBinLayerStyles, incidentLayerStyles } from "../styles/incident-layer-styles";

export type IncidentMapMode = "points" | "hexbin";

export interface IncidentPointProperties {
  id: string;
  kind: string;
  severity: string;
  status: string;
  /** 1 when the record carries an early warning (summed by clusters). */
  warned: 0 | 1;
  /** Độ mật, for the printed sheet's mark. */
  classification: Classification;
}

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const CLICK_TOLERANCE_PX = 6;

export class IncidentMapLayer {
  private readonly pointStyles: LayerSpecification[] = incidentLayerStyles();
  private readonly hexStyles: LayerSpecification[] = hexBinLayerStyles();
  private selectedId: string | null = null;
  private readonly stopIntercepting: () => void;
  private readonly ready: Promise<void>;

  constructor(
    private readonly controller: MapController,
    onRecordClick: (id: string) => void,
  ) {
    this.ready = controller.whenLoaded().then(() => this.addSources());
    this.stopIntercepting = controller.interceptClicks((event) => this.handleClick(event, onRecordClick));
  }

  private addSources(): void {
    const { map } = this.controller;
    map.addSource(INCIDENT_SOURCE, {
      type: "geojson",
      data: EMPTY,
      promoteId: "id",
      cluster: true,
      clusterRadius: 45,
      clusterMaxZoom: 14,
      clusterProperties: { warned: ["+", ["get", "warned"]] },
    });
    map.addSource(HEXBIN_SOURCE, { type: "geojson", data: EMPTY, promoteId: "id" });
    for (const style of [...this.hexStyles, ...this.pointStyles]) map.addLayer(style);
    this.setMode("points");
  }

  /** Keeps these layers above layers added later (sample layers load asynchronously). */
  private raise(): void {
    const { map } = this.controller;
    for (const style of [...this.hexStyles, ...this.pointStyles]) if (map.getLayer(style.id)) map.moveLayer(style.id);
  }

  async setRecords(collection: FeatureCollection<Point, IncidentPointProperties>): Promise<void> {
    await this.ready;
    this.raise();
    await (this.controller.map.getSource(INCIDENT_SOURCE) as GeoJSONSource).setData(collection);
    this.applySelection();
  }

  async setHexBins(collection: FeatureCollection<Polygon>): Promise<void> {
    await this.ready;
    await (this.controller.map.getSource(HEXBIN_SOURCE) as GeoJSONSource).setData(collection);
  }

  async setMode(mode: IncidentMapMode): Promise<void> {
    await this.ready;
    const { map } = this.controller;
    for (const style of this.pointStyles) map.setLayoutProperty(style.id, "visibility", mode === "points" ? "visible" : "none");
    for (const style of this.hexStyles) map.setLayoutProperty(style.id, "visibility", mode === "hexbin" ? "visible" : "none");
  }

  async select(id: string | null, flyTo?: [number, number]): Promise<void> {
    await this.ready;
    const { map } = this.controller;
    if (this.selectedId) map.removeFeatureState({ source: INCIDENT_SOURCE, id: this.selectedId }, "selected");
    this.selectedId = id;
    this.applySelection();
    if (flyTo) map.easeTo({ center: flyTo, zoom: Math.max(map.getZoom(), 15), duration: 500 });
  }

  private applySelection(): void {
    if (this.selectedId) this.controller.map.setFeatureState({ source: INCIDENT_SOURCE, id: this.selectedId }, { selected: true });
  }

  private handleClick(event: MapMouseEvent, onRecordClick: (id: string) => void): boolean {
    const { map } = this.controller;
    if (!map.getLayer(INCIDENT_POINT_LAYERS.points)) return false;
    const { x, y } = event.point;
    const hits = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers: [INCIDENT_POINT_LAYERS.points, INCIDENT_POINT_LAYERS.clusters] },
    );
    const record = hits.find((hit) => hit.layer.id === INCIDENT_POINT_LAYERS.points);
    if (record) {
      onRecordClick(String(record.properties.id));
      return true;
    }
    const cluster = hits[0];
    if (!cluster) return false;
    const source = map.getSource(INCIDENT_SOURCE) as GeoJSONSource;
    const center = (cluster.geometry as Point).coordinates as [number, number];
    void source.getClusterExpansionZoom(Number(cluster.properties.cluster_id)).then((zoom) => map.easeTo({ center, zoom: zoom + 0.2, duration: 500 }));
    return true;
  }

  destroy(): void {
    this.stopIntercepting();
  }
}

export interface IncidentOnMap {
  id: string;
  severity: string;
  classification: Classification;
}

function incidentSource(controller: MapController): GeoJSONSource | undefined {
  return controller.map.getSource(INCIDENT_SOURCE) as GeoJSONSource | undefined;
}

/** The incident records drawn inside the current view (none when the incidents are not on the map). */
export async function incidentsInView(controller: MapController): Promise<IncidentOnMap[]> {
  const source = incidentSource(controller);
  const { map } = controller;
  const shown = [INCIDENT_POINT_LAYERS.clusters, ...hexBinLayerStyles().map((style) => style.id)].some(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, "visibility") !== "none",
  );
  if (!source || !shown) return [];
  const bounds = map.getBounds();
  const data = (await source.getData()) as FeatureCollection<Point, IncidentPointProperties>;
  return data.features
    .filter((feature) => bounds.contains(feature.geometry.coordinates as [number, number]))
    .map((feature) => ({ id: feature.properties.id, severity: feature.properties.severity, classification: classificationOf(feature.properties) }));
}

/** Draws the incidents without the given records (and without the density view, which would count them) while `run` captures the map, then puts everything back. */
export async function withIncidentsLeftOut<T>(controller: MapController, ids: ReadonlySet<string>, run: () => Promise<T>): Promise<T> {
  const source = incidentSource(controller);
  if (!source || ids.size === 0) return run();
  const { map } = controller;
  const hexLayers = hexBinLayerStyles().map((style) => style.id);
  const hexVisibility = hexLayers.map((id) => map.getLayoutProperty(id, "visibility") as "visible" | "none" | undefined);
  const shown = (await source.getData()) as FeatureCollection<Point, IncidentPointProperties>;
  await source.setData({ ...shown, features: shown.features.filter((feature) => !ids.has(feature.properties.id)) });
  for (const id of hexLayers) map.setLayoutProperty(id, "visibility", "none");
  try {
    return await run();
  } finally {
    await source.setData(shown);
    hexLayers.forEach((id, index) => map.setLayoutProperty(id, "visibility", hexVisibility[index] ?? "visible"));
  }
}
