export { EditingTab } from "./EditingTab";
