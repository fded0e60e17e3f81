// Pushes the listed incidents to the map: the filtered records as one
// clustered GeoJSON source (setData at most every 150 ms, never per
// keystroke), the hex-bin density of the same records, the selected record.
// Feature objects are built once per record change and reused.

import { useEffect, useMemo, useRef } from "react";
import type { Feature, Point } from "geojson";
import { classificationOf } from "../../domain/classification";
import type { IncidentRecord } from "../../domain/incident";
import { hexBins } from "../../geo/incidents/incident-hexbin";
import { IncidentMapLayer, type IncidentMapMode, type IncidentPointProperties } from "../../map/layers/incident-map-layer";
import type { MapController } from "../../map/map-controller";

const PUSH_DELAY_MS = 150;
const HEX_RADIUS_METRES = 700;

function pointFeature(record: IncidentRecord): Feature<Point, IncidentPointProperties> {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [record.lon, record.lat] },
    properties: {
      id: record.id,
      kind: record.kind,
      severity: record.severity,
      status: record.status,
      warned: record.warnings.length > 0 ? 1 : 0,
      classification: classificationOf(record),
    },
  };
}

interface Options {
  controller: MapController | null;
  records: readonly IncidentRecord[] | null;
  result: Uint32Array;
  mode: IncidentMapMode;
  selectedId: string | null;
  /** Centre of the hex grid's local frame (the commune's centre). */
  origin: [number, number];
  onRecordClick: (id: string) => void;
}

export function useIncidentMap({ controller, records, result, mode, selectedId, origin, onRecordClick }: Options) {
  const layerRef = useRef<IncidentMapLayer | null>(null);
  const clickRef = useRef(onRecordClick);
  clickRef.current = onRecordClick;

  useEffect(() => {
    if (!controller) return;
    const layer = new IncidentMapLayer(controller, (id) => clickRef.current(id));
    layerRef.current = layer;
    return () => {
      layer.destroy();
      layerRef.current = null;
    };
  }, [controller]);

  const columns = useMemo(() => {
    const list = records ?? [];
    return {
      features: list.map(pointFeature),
      lons: Float64Array.from(list, (record) => record.lon),
      lats: Float64Array.from(list, (record) => record.lat),
    };
  }, [records]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const features = new Array<Feature<Point, IncidentPointProperties>>(result.length);
      for (let k = 0; k < result.length; k++) features[k] = columns.features[result[k]];
      void layerRef.current?.setRecords({ type: "FeatureCollection", features });
      if (mode === "hexbin") {
        void layerRef.current?.setHexBins(hexBins(columns.lons, columns.lats, result, { originLon: origin[0], originLat: origin[1], radiusMetres: HEX_RADIUS_METRES }));
      }
    }, PUSH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [columns, result, mode, controller, origin]);

  useEffect(() => {
    void layerRef.current?.setMode(mode);
  }, [mode, controller]);

  useEffect(() => {
    void layerRef.current?.select(selectedId);
  }, [selectedId, controller]);

  return {
    flyTo(record: IncidentRecord) {
      void layerRef.current?.select(record.id, [record.lon, record.lat]);
    },
  };
}
