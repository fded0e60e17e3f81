// What other features use of "Lớp bản đồ". The tab itself (LayersTab) is not
// here: the shell loads it lazily by its module, so this index stays light.
export { useBuiltInLayers } from "./use-built-in-layers";
export type { BuiltInLayerState } from "./use-built-in-layers";
export { useGeoJsonImport } from "./use-geojson-import";
export type { GeoJsonImporter } from "./use-geojson-import";
export { useImportedLayers } from "./use-imported-layers";
export { importedSourceId } from "../../map/layers/imported-source-id";
export type { ImportedLayerState } from "./use-imported-layers";
