// The độ mật written into GIS exports (GeoJSON, KML, GPX, CSV, Shapefile,
// GeoPackage): every feature of a marked layer carries the property `do_mat`
// ("Mật"), so the mark follows each feature into any other tool, and the
// document title (KML name, GPX metadata) starts with the mark, as the header
// of a state document does. Thường layers are written unchanged.

import type { FeatureCollection } from "geojson";
import { classificationLabel, classificationMark, type Classification } from "../domain/classification";

export const CLASSIFICATION_PROPERTY = "do_mat";

export function markCollection(collection: FeatureCollection, classification: Classification): FeatureCollection {
  if (classification === "thuong") return collection;
  const label = classificationLabel(classification);
  return { ...collection, features: collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, [CLASSIFICATION_PROPERTY]: label } })) };
}

/** "MẬT – Xã Vũ Quang, Hà Tĩnh" (Thường: the title as it is). */
export function markedTitle(title: string, classification: Classification): string {
  const mark = classificationMark(classification);
  return mark ? `${mark} – ${title}` : title;
}
