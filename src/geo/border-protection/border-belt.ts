// The border belt ("vành đai biên giới"): the strip within `widthMetres` of the
// national border line on land, clipped to the commune (DOMAIN.md §3; by
// regulation up to 1,000 m wide on land).

import { buffer, featureCollection, intersect } from "@turf/turf";
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";

export const DEFAULT_BORDER_BELT_WIDTH_METRES = 1_000;

/** The unclipped strip within `widthMetres` of the line (both sides), or null for a non-positive width. */
export function borderStrip(borderLine: Feature<LineString | MultiLineString>, widthMetres: number): Feature<Polygon | MultiPolygon> | null {
  if (!(widthMetres > 0)) return null;
  return (buffer(borderLine, widthMetres / 1000, { units: "kilometers", steps: 16 }) as Feature<Polygon | MultiPolygon> | undefined) ?? null;
}

export function borderBelt(
  borderLine: Feature<LineString | MultiLineString>,
  commune: Feature<Polygon | MultiPolygon>,
  widthMetres: number = DEFAULT_BORDER_BELT_WIDTH_METRES,
): Feature<Polygon | MultiPolygon> | null {
  const strip = borderStrip(borderLine, widthMetres);
  if (!strip) return null;
  return intersect(featureCollection([strip, commune]));
}
