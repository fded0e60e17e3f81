// Types for the parts of the untyped CommonJS package "geojson-validation" we call.
// With `trace` true each check returns its error messages (empty when valid).

declare module "geojson-validation" {
  export function isFeature(feature: unknown, trace: true): string[];
  export function isGeometryObject(geometry: unknown, trace: true): string[];
}
