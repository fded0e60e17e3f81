// What other features use of the commune setup. The setup panel is not here:
// the shell loads it lazily by its module (needed once per device).
export { useNeighbourOutlines } from "./use-neighbour-outlines";
export { DeriveBorderLine } from "./DeriveBorderLine";
