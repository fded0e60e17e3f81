// The shape of public/admin-2025/units.json (written by scripts/admin-data):
// the 34 provinces and 3,321 communes of Vietnam after 1 July 2025, with
// official codes, names, folded search keys, boxes, areas and neighbours.

/** ISO 3166-1 alpha-2 codes of the countries Vietnam shares a land border with. */
export type NeighbourCountry = "LA" | "CN" | "KH";

export const NEIGHBOUR_COUNTRY_NAMES: Readonly<Record<NeighbourCountry, string>> = { LA: "Lào", CN: "Trung Quốc", KH: "Campuchia" };

export type CommuneType = "xã" | "phường" | "đặc khu";

/** [west, south, east, north] in degrees, rounded outward to 4 decimals. */
export type Bbox = [number, number, number, number];

export interface ProvinceUnit {
  code: string;
  name: string;
  fullName: string;
  /** fullName folded: lower case, no diacritics, đ → d. */
  searchKey: string;
  bbox: Bbox;
  areaKm2: number;
  communeCount: number;
  /** Path of the province's boundary file, relative to the units.json folder. */
  boundaryFile: string;
}

export interface CommuneUnit {
  /** Official 5-digit code, e.g. "18313". */
  code: string;
  name: string;
  fullName: string;
  type: CommuneType;
  provinceCode: string;
  provinceName: string;
  searchKey: string;
  bbox: Bbox;
  /** On the WGS84 ellipsoid, from the full-resolution source. */
  areaKm2: number;
  /** Codes of the communes sharing at least one edge with this one. */
  neighbours: string[];
  /** The countries whose land border this commune's outline follows; absent for inland and coastal communes. */
  landBorder?: NeighbourCountry[];
}

export interface AdminUnits {
  provinces: ProvinceUnit[];
  communes: CommuneUnit[];
}

/** The folder of units.json and the province files, relative to the app's base (served from public/). */
export const ADMIN_DATA_BASE = "admin-2025/";

/** The credit the source's MIT licence and its origin ask for wherever the boundaries are shown (map attribution). */
export const ADMIN_DATA_ATTRIBUTION =
  "Ranh giới hành chính 2025: Bản đồ tham khảo đơn vị hành chính Việt Nam (NXB Tài nguyên – Môi trường và Bản đồ Việt Nam), qua vietnamese-provinces-database (MIT)";
