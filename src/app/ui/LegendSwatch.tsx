// A small legend symbol drawn the way the layer is drawn on the map.

import type { GeometryKind } from "../../domain/layer-catalog";

interface Props {
  geometry: GeometryKind | "mixed";
  color: string;
}

export function LegendSwatch({ geometry, color }: Props) {
  return <span aria-hidden="true" className={`swatch swatch-${geometry}`} style={{ "--swatch-color": color } as React.CSSProperties} />;
}
