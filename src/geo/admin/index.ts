// Pure functions over the shipped administrative data (public/admin-2025/):
// unit types, commune search, province boundary decoding, border-line derivation.
export * from "./admin-units";
export { CommuneSearch, foldQuery, type AdminSearchResult } from "./commune-search";
export { decodeCommuneBoundary, decodeProvinceBoundaries, type CommuneBoundary, type CommuneBoundaryProperties, type LandBorderProperties, type ProvinceBoundaries, type ProvinceTopology } from "./province-boundaries";
export { deriveBorderLines, type BorderLineProperties } from "./commune-border-line";
