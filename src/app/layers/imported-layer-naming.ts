// Default name and colour of a newly imported layer.

const PALETTE = ["#2563eb", "#db2777", "#0d9488", "#9333ea", "#ca8a04", "#0891b2", "#c2410c", "#4d7c0f"];
let colorIndex = 0;

export function nextLayerColor(): string {
  const color = PALETTE[colorIndex % PALETTE.length];
  colorIndex += 1;
  return color;
}

export function layerNameFromFileName(fileName: string): string {
  const withoutExtension = fileName.replace(/\.(geojson|json|kml|kmz|gpx|cot|xml|zip|shp|gpkg|tab|mif|dxf|dgn|csv|txt|xlsx)$/i, "").trim();
  return withoutExtension.length > 0 ? withoutExtension : "Lớp nhập";
}
