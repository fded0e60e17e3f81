// gdal3.js ships types for its browser entry only; its Node entry (used by
// the tests) exposes the same initialiser.
declare module "gdal3.js/node.js" {
  import type { GdalConfig, GdalRuntime } from "./gdal-runtime";
  const initGdalJs: (config: GdalConfig) => Promise<GdalRuntime>;
  export default initGdalJs;
}
