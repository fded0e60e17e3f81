// The basemap sources an officer can choose in "Bản đồ nền": the built-in
// offline basemap (default, needs nothing), an XYZ raster/vector tile URL
// template, or a PMTiles archive by URL or from a local file kept in the
// browser. Plus the checks that turn a typed URL into a Vietnamese message
// saying what is wrong.

export type XyzTileType = "raster" | "vector";

export type BasemapSourceConfig =
  | { kind: "built-in" }
  | { kind: "xyz"; urlTemplate: string; tileType: XyzTileType }
  | { kind: "pmtiles-url"; url: string }
  | { kind: "pmtiles-file"; fileId: string; fileName: string; size: number };

export const BUILT_IN_BASEMAP: BasemapSourceConfig = Object.freeze({ kind: "built-in" });

/** Key of a source in the tile cache (prefix of its tiles' keys); null for sources the cache never sees. */
export function sourceKeyOf(config: BasemapSourceConfig): string | null {
  switch (config.kind) {
    case "xyz":
      return config.urlTemplate;
    case "pmtiles-url":
      return `pmtiles:${config.url}`;
    case "pmtiles-file":
      return `pmtiles-file:${config.fileId}`;
    case "built-in":
      return null;
  }
}

/** Raster or vector, guessed from the template's extension (.png/.jpg/.webp vs .pbf/.mvt). */
export function guessXyzTileType(urlTemplate: string): XyzTileType | null {
  const path = urlTemplate.split("?")[0].toLowerCase();
  if (/\.(png|jpe?g|webp|avif)$/.test(path)) return "raster";
  if (/\.(pbf|mvt)$/.test(path)) return "vector";
  return null;
}

function httpUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `“${text}” không phải là địa chỉ web hợp lệ (cần bắt đầu bằng http:// hoặc https://).`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `Địa chỉ phải bắt đầu bằng http:// hoặc https:// (đang là “${url.protocol}”).`;
  return null;
}

/** What is wrong with an XYZ template, in Vietnamese, or null when it is usable. */
export function xyzTemplateProblem(template: string): string | null {
  const text = template.trim();
  if (text === "") return "Hãy nhập URL nguồn bản đồ, ví dụ http://may-chu-tinh/tiles/{z}/{x}/{y}.png.";
  const missing = ["{z}", "{x}", "{y}"].filter((part) => !text.includes(part));
  if (missing.length > 0) return `URL nguồn bản đồ thiếu ${missing.join(", ")} — cần đủ {z}, {x} và {y} để chỉ ô bản đồ.`;
  return httpUrlProblem(text.replaceAll("{z}", "0").replaceAll("{x}", "0").replaceAll("{y}", "0"));
}

/** What is wrong with a PMTiles URL, in Vietnamese, or null when it is usable. */
export function pmtilesUrlProblem(url: string): string | null {
  const text = url.trim();
  if (text === "") return "Hãy nhập URL của tệp PMTiles.";
  const problem = httpUrlProblem(text);
  if (problem) return problem;
  if (!new URL(text).pathname.toLowerCase().endsWith(".pmtiles")) return "URL PMTiles phải trỏ tới một tệp .pmtiles.";
  return null;
}

/** Vietnamese one-line description of a source, for the settings panel. */
export function describeBasemapSource(config: BasemapSourceConfig): string {
  switch (config.kind) {
    case "built-in":
      return "Bản đồ nền có sẵn (ngoại tuyến)";
    case "xyz":
      return `Ô bản đồ ${config.tileType === "raster" ? "ảnh" : "vector"} XYZ: ${config.urlTemplate}`;
    case "pmtiles-url":
      return `PMTiles qua mạng: ${config.url}`;
    case "pmtiles-file":
      return `Tệp PMTiles trong máy: ${config.fileName}`;
  }
}
