export { EditingTab } from "./EditingTab";
export { geometryProblems, withComputedProperties } from "./geometry-save-check";
