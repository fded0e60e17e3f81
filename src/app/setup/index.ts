export { SetupPanel } from "./SetupPanel";
