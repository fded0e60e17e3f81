// The built-in map layers of a commune, in drawing order (bottom first).
// Ids double as file names of the sample data (data/vu-quang/<id>.geojson)
// and as MapLibre source ids, so they must stay stable.

export type GeometryKind = "polygon" | "line" | "point";

export type BuiltInLayerId =
  | "commune"
  | "village"
  | "defence-zone"
  | "defence-land"
  | "road"
  | "border-line"
  | "militia-post"
  | "command-post"
  | "border-station"
  | "border-marker"
  | "hotspot";

export interface LayerDefinition {
  readonly id: BuiltInLayerId;
  /** Vietnamese name shown in the layer panel; also the toggle's accessible name. */
  readonly name: string;
  readonly englishName: string;
  readonly geometry: GeometryKind;
  /** Main colour of the layer (fill, line or circle). */
  readonly color: string;
  /** Property used as the map label, when the layer is labelled. */
  readonly labelProperty?: string;
  /** Minimum zoom at which labels appear, to keep the map readable. */
  readonly labelMinZoom?: number;
  /** Sensitive layers are defence/security data (DOMAIN.md §1). */
  readonly sensitive: boolean;
}

export const LAYER_CATALOG: readonly LayerDefinition[] = [
  { id: "commune", name: "Ranh giới xã", englishName: "Commune boundary", geometry: "polygon", color: "#1d4ed8", labelProperty: "name", labelMinZoom: 8, sensitive: false },
  { id: "village", name: "Thôn / bản", englishName: "Villages", geometry: "polygon", color: "#65a30d", labelProperty: "name", labelMinZoom: 11, sensitive: false },
  { id: "defence-zone", name: "Khu vực phòng thủ", englishName: "Defence zone", geometry: "polygon", color: "#7c3aed", sensitive: true },
  { id: "defence-land", name: "Đất quốc phòng", englishName: "Defence land", geometry: "polygon", color: "#b45309", labelProperty: "name", labelMinZoom: 12, sensitive: true },
  { id: "road", name: "Tuyến giao thông trọng điểm", englishName: "Key roads", geometry: "line", color: "#ea580c", labelProperty: "name", labelMinZoom: 10, sensitive: false },
  { id: "border-line", name: "Đường biên giới", englishName: "National border", geometry: "line", color: "#dc2626", sensitive: false },
  { id: "militia-post", name: "Chốt dân quân", englishName: "Militia posts", geometry: "point", color: "#15803d", labelProperty: "name", labelMinZoom: 12, sensitive: true },
  { id: "command-post", name: "Trụ sở (Ban CHQS, Công an xã, UBND)", englishName: "Headquarters", geometry: "point", color: "#0f172a", labelProperty: "name", labelMinZoom: 11, sensitive: false },
  { id: "border-station", name: "Đồn Biên phòng", englishName: "Border guard station", geometry: "point", color: "#166534", labelProperty: "name", labelMinZoom: 9, sensitive: true },
  { id: "border-marker", name: "Cột mốc biên giới", englishName: "Border markers", geometry: "point", color: "#b91c1c", labelProperty: "label", labelMinZoom: 11, sensitive: true },
  { id: "hotspot", name: "Điểm nóng ANTT", englishName: "Security hotspots", geometry: "point", color: "#e11d48", labelProperty: "name", labelMinZoom: 12, sensitive: true },
];

export function findLayerDefinition(id: string): LayerDefinition | undefined {
  return LAYER_CATALOG.find((layer) => layer.id === id);
}
