export { ExchangePanel } from "./ExchangePanel";
export { routeImportFile } from "./exchange-import-route";
export { GisExportPanel } from "./GisExportPanel";
