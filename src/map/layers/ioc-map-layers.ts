// The IOC on the shared map: the province's communes (GeoJSON from
// GET /ioc/communes, feature id = commune code so selection works) coloured
// by the chosen metric, and the open incidents as the server's vector tiles
// through the authorised `ioctiles://` protocol. Removed again when the IOC
// tab is hidden or the view closes, so the commune's own map is left as it was.

import type { ExpressionSpecification } from "maplibre-gl";
import type { FeatureCollection, Polygon } from "geojson";
import type { MapController } from "../map-controller";
import { IOC_COMMUNE_FILL, IOC_COMMUNE_SOURCE, IOC_DIRECTIVE_AREA_SOURCE, IOC_INCIDENT_SOURCE, iocCommuneStyles, iocDirectiveAreaStyles, iocIncidentStyles } from "../styles/ioc-layer-styles";
import { authorisedTilesUrl, setAuthorisedTileFetcher, type AuthorisedTileFetcher } from "./authorised-tile-protocol";

export { IOC_COMMUNE_SOURCE, IOC_INCIDENT_SOURCE };

/** The server cuts detailed tiles from zoom 13; beyond 14 MapLibre over-zooms them. */
const INCIDENT_TILE_MAX_ZOOM = 14;

export async function showIocCommunes(controller: MapController, communes: FeatureCollection, fillColor: unknown[]): Promise<void> {
  const expression = fillColor as ExpressionSpecification;
  await controller.setLayer(IOC_COMMUNE_SOURCE, communes, iocCommuneStyles(expression), "code");
  controller.map.setPaintProperty(IOC_COMMUNE_FILL, "fill-color", expression);
  // The incident points and a directive's area stay above the choropleth, whichever was added first.
  for (const style of [...iocIncidentStyles(), ...iocDirectiveAreaStyles()]) if (controller.map.getLayer(style.id)) controller.map.moveLayer(style.id);
}

export async function showIocIncidentTiles(controller: MapController, fetcher: AuthorisedTileFetcher): Promise<void> {
  setAuthorisedTileFetcher(fetcher);
  await controller.setLayerFromVectorTiles(IOC_INCIDENT_SOURCE, authorisedTilesUrl("/ioc/incidents/tiles/{z}/{x}/{y}.mvt"), INCIDENT_TILE_MAX_ZOOM, undefined, iocIncidentStyles());
}

/** Shows the area drawn for a directive (not clickable), or removes it (null). */
export async function showDirectiveArea(controller: MapController, area: Polygon | null): Promise<void> {
  if (!area) return controller.removeLayer(IOC_DIRECTIVE_AREA_SOURCE);
  const data: FeatureCollection = { type: "FeatureCollection", features: [{ type: "Feature", geometry: area, properties: {} }] };
  await controller.setLayer(IOC_DIRECTIVE_AREA_SOURCE, data, iocDirectiveAreaStyles(), undefined, false);
}

/** The choropleth and the incident tiles (the directive's area belongs to its form). */
export async function hideIocLayers(controller: MapController): Promise<void> {
  await controller.removeLayer(IOC_INCIDENT_SOURCE);
  await controller.removeLayer(IOC_COMMUNE_SOURCE);
}
