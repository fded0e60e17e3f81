// The map source of an imported layer is named `imported-<layer id>`.

export const IMPORTED_SOURCE_PREFIX = "imported-";

export function importedSourceId(layerId: string): string {
  return `${IMPORTED_SOURCE_PREFIX}${layerId}`;
}
