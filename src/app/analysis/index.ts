export { AnalysisTab } from "./AnalysisTab";
