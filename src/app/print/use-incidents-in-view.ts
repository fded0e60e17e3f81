// The incidents drawn inside the map's view, kept current as the map moves and
// as the incidents on it change: the sheet's mark depends on them.

import { useEffect, useState } from "react";
import type { MapSourceDataEvent } from "maplibre-gl";
import { incidentsInView, type IncidentOnMap } from "../../map/layers/incident-map-layer";
import type { MapController } from "../../map/map-controller";
import { INCIDENT_SOURCE } from "../../map/styles/incident-layer-styles";

export function useIncidentsInView(controller: MapController | null): readonly IncidentOnMap[] {
  const [incidents, setIncidents] = useState<readonly IncidentOnMap[]>([]);
  useEffect(() => {
    if (!controller) return;
    const { map } = controller;
    let latest = 0;
    const refresh = () => {
      const call = ++latest;
      void incidentsInView(controller).then((found) => {
        if (call === latest) setIncidents(found);
      });
    };
    const onData = (event: MapSourceDataEvent) => {
      if (event.sourceId === INCIDENT_SOURCE && event.sourceDataType !== "metadata" && event.isSourceLoaded) refresh();
    };
    void controller.whenLoaded().then(refresh);
    map.on("moveend", refresh);
    map.on("sourcedata", onData);
    map.on("styledata", refresh);
    return () => {
      latest = -1;
      map.off("moveend", refresh);
      map.off("sourcedata", onData);
      map.off("styledata", refresh);
    };
  }, [controller]);
  return incidents;
}
