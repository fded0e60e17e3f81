export { ExchangePanel } from "./ExchangePanel";
export { routeImportFile } from "./exchange-import-route";
