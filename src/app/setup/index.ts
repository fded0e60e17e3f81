export { SetupPanel } from "./SetupPanel";
export { useNeighbourOutlines } from "./use-neighbour-outlines";
export { DeriveBorderLine } from "./DeriveBorderLine";
