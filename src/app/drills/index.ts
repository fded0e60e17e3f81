export { DrillTab } from "./DrillTab";
