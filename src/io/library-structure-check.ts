// Second opinion from geojson-validation on a feature (or bare geometry) that our
// own walkers already passed; it adds what they do not look at, chiefly bbox.
// Called only on walked input, so the library cannot throw (it reads ring[0] of
// empty rings), and once per feature, so its array concatenation stays linear.

import { isFeature, isGeometryObject } from "geojson-validation";
import { translateLibraryMessage } from "./geojson-validation-translation";

/**
 * RFC 7946 requires a "properties" member, but many exporters leave it out;
 * we import such features with empty properties instead of rejecting them.
 */
const TOLERATED = new Set(['must have a member with the name "properties"']);

/** Vietnamese messages for what geojson-validation finds wrong; empty when it is satisfied. */
export function libraryStructureProblems(value: unknown, asBareGeometry: boolean): string[] {
  const errors = asBareGeometry ? isGeometryObject(value, true) : isFeature(value, true);
  const messages: string[] = [];
  for (const error of errors) {
    if (!TOLERATED.has(error)) messages.push(translateLibraryMessage(error));
  }
  return messages;
}
