// The features of an imported layer, for the code that needs them (analyses,
// exchange export, zoom to an old layer without a stored bbox): read from
// IndexedDB on demand, 1,000 rows per request so the page stays responsive,
// and cached per layer until the layer is deleted. The page's layer state
// holds no features (use-imported-layers.ts).

import { useEffect, useState } from "react";
import type { FeatureCollection } from "geojson";
import { importedLayers } from "./app-database";

const cache = new Map<string, Promise<FeatureCollection>>();

export function loadImportedLayerFeatures(layerId: string): Promise<FeatureCollection> {
  let loading = cache.get(layerId);
  if (!loading) {
    loading = importedLayers.loadFeatures(layerId);
    loading.catch(() => cache.delete(layerId));
    cache.set(layerId, loading);
  }
  return loading;
}

export function forgetImportedLayerFeatures(layerId: string): void {
  cache.delete(layerId);
}

/** The features of one imported layer ("" = none); null while they are being read (or if reading failed). */
export function useImportedLayerFeatures(layerId: string): FeatureCollection | null {
  const [loaded, setLoaded] = useState<{ layerId: string; collection: FeatureCollection } | null>(null);
  useEffect(() => {
    if (!layerId) return;
    let cancelled = false;
    loadImportedLayerFeatures(layerId).then(
      (collection) => !cancelled && setLoaded({ layerId, collection }),
      () => !cancelled && setLoaded(null),
    );
    return () => {
      cancelled = true;
    };
  }, [layerId]);
  return loaded?.layerId === layerId ? loaded.collection : null;
}
