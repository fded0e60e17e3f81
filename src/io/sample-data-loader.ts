// Loads the embedded sample commune (data/vu-quang/*.geojson). Vite emits each
// file as a same-origin asset, so the sample works offline and stays out of the
// JavaScript bundle.

import type { FeatureCollection } from "geojson";
import { LAYER_CATALOG, type BuiltInLayerId } from "../domain/layer-catalog";

const sampleFileUrls = import.meta.glob<string>("../../data/vu-quang/*.geojson", {
  query: "?url",
  import: "default",
  eager: true,
});

function urlFor(layerId: BuiltInLayerId): string {
  const url = sampleFileUrls[`../../data/vu-quang/${layerId}.geojson`];
  if (!url) throw new Error(`Thiếu tệp dữ liệu mẫu cho lớp "${layerId}"`);
  return url;
}

export async function loadSampleLayer(layerId: BuiltInLayerId): Promise<FeatureCollection> {
  const response = await fetch(urlFor(layerId));
  if (!response.ok) throw new Error(`Không tải được dữ liệu mẫu lớp "${layerId}" (HTTP ${response.status})`);
  return (await response.json()) as FeatureCollection;
}

export async function loadSampleCommune(): Promise<Map<BuiltInLayerId, FeatureCollection>> {
  const entries = await Promise.all(
    LAYER_CATALOG.map(async (layer) => [layer.id, await loadSampleLayer(layer.id)] as const),
  );
  return new Map(entries);
}
