export { useNeighbourOutlines } from "./use-neighbour-outlines";
export { DeriveBorderLine } from "./DeriveBorderLine";
