export { IncidentsTab } from "./IncidentsTab";
