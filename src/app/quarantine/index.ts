export { QuarantinePanel } from "./QuarantinePanel";
