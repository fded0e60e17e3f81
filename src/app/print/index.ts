export { PrintPanel } from "./PrintPanel";
