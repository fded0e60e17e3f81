// Shows the commune the user is looking at in the picker: its official
// boundary drawn boldly on the map and the view moved to it — before anything
// is stored. Cleared when the picker closes.

import { useEffect, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { AdminUnits, CommuneUnit } from "../../geo/admin";
import { COMMUNE_PREVIEW_SOURCE_ID, communePreviewStyles } from "../../map/styles/admin-boundary-styles";
import { useMapController } from "../workspace";
import { loadProvinceCommunes } from "./admin-data-source";

export function useCommunePreview(units: AdminUnits | null, commune: CommuneUnit | null): string | null {
  const controller = useMapController();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!controller || !units || !commune) return;
    let cancelled = false;
    const province = units.provinces.find((candidate) => candidate.code === commune.provinceCode);
    if (!province) return;
    const [west, south, east, north] = commune.bbox;
    controller.fitBounds([[west, south], [east, north]]);
    loadProvinceCommunes(province)
      .then((boundaries) => {
        const boundary = boundaries.get(commune.code);
        if (cancelled || !boundary) return;
        setError(null);
        const collection: FeatureCollection = { type: "FeatureCollection", features: [{ ...boundary, id: commune.code, properties: { id: commune.code, name: commune.fullName } }] };
        return controller.setLayer(COMMUNE_PREVIEW_SOURCE_ID, collection, communePreviewStyles(), "id", false);
      })
      .catch((reason: unknown) => !cancelled && setError(reason instanceof Error ? reason.message : String(reason)));
    return () => {
      cancelled = true;
    };
  }, [controller, units, commune]);

  useEffect(() => () => void controller?.removeLayer(COMMUNE_PREVIEW_SOURCE_ID), [controller]);
  return error;
}
