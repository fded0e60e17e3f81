export { EditingTab } from "./EditingTab";
export { useGeometrySession } from "./use-geometry-session";
export { GeometryToolBar } from "./GeometryToolBar";
