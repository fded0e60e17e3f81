// Puts the IOC on the shared map while its tab is shown: the communes'
// choropleth (recoloured when the metric or the data changes), the open
// incidents' vector tiles read with the session's token, and clicks on a
// commune (or on an incident point, which names its commune) reported back.
// Tabs stay mounted while hidden: hiding the tab removes the layers (no tile
// is read for a map the user is not looking at as the IOC), showing it again
// puts them back.

import { useEffect, useRef } from "react";
import type { MapController } from "../../map/map-controller";
import { IOC_COMMUNE_SOURCE, IOC_INCIDENT_SOURCE, hideIocLayers, showIocCommunes, showIocIncidentTiles } from "../../map/layers/ioc-map-layers";
import type { SyncHttp } from "../../store/sync/sync-http";
import type { IocCommuneCollection } from "./ioc-communes";

export function useIocMap(
  controller: MapController | null,
  http: SyncHttp | null,
  communes: IocCommuneCollection | null,
  fillColor: unknown[],
  onCommuneClick: (code: string) => void,
  shown: boolean,
): void {
  const latestClick = useRef(onCommuneClick);
  latestClick.current = onCommuneClick;

  useEffect(() => {
    if (!controller || !http || !shown) return;
    void showIocIncidentTiles(controller, async (path, signal) => {
      const response = await http.request("GET", path, { signal });
      if (!response.ok) throw new Error(`Không đọc được ô bản đồ vụ việc (mã ${response.status}).`);
      const bytes = await response.arrayBuffer();
      return bytes.byteLength > 0 ? bytes : null;
    });
    const stop = controller.onSelectionChange((selection) => {
      if (selection?.sourceId === IOC_COMMUNE_SOURCE || selection?.sourceId === IOC_INCIDENT_SOURCE) {
        const code = selection.properties.code ?? selection.properties.communeCode;
        if (typeof code === "string") latestClick.current(code);
      }
    });
    return () => {
      stop();
      void hideIocLayers(controller);
    };
  }, [controller, http, shown]);

  useEffect(() => {
    if (!controller || !communes || !shown) return;
    void showIocCommunes(controller, communes, fillColor);
  }, [controller, communes, fillColor, shown]);
}
