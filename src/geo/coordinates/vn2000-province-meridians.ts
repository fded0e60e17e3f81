// The central meridian of the VN-2000 provincial 3° Transverse Mercator zone
// (k = 0.9999, false easting 500 000 m) of each of the 63 provinces as they
// were before the 2025 mergers. Source: the table of central meridians per
// province in the appendix of Thông tư 973/2001/TT-TCĐC (20 June 2001) of Tổng
// cục Địa chính (the General Department of Land Administration), "Hướng dẫn
// áp dụng hệ quy chiếu và hệ tọa độ quốc gia VN-2000". Checked province by
// province against the EPSG registry, whose VN-2000 / TM-3 CRSs (EPSG:5897–5899,
// 9205–9218) list the provinces of each meridian as their area of use
// (tests/unit/coordinates-vn2000-meridians-epsg.test.ts reads them with PROJ's
// projinfo): all 63 agree. A 2025 province made of several former ones may span two
// meridians, so the user picks the former province per dataset.

export interface ProvinceMeridian {
  /** Former province name (before 1 July 2025), with diacritics. */
  readonly province: string;
  /** Central meridian in decimal degrees east. */
  readonly centralMeridian: number;
}

/** degrees + minutes/60, as the circular writes them (105°30′). */
const dm = (degrees: number, minutes: number) => degrees + minutes / 60;

export const VN2000_PROVINCE_MERIDIANS: readonly ProvinceMeridian[] = [
  { province: "Lai Châu", centralMeridian: dm(103, 0) },
  { province: "Điện Biên", centralMeridian: dm(103, 0) },
  { province: "Sơn La", centralMeridian: dm(104, 0) },
  { province: "Lào Cai", centralMeridian: dm(104, 45) },
  { province: "Yên Bái", centralMeridian: dm(104, 45) },
  { province: "Hà Giang", centralMeridian: dm(105, 30) },
  { province: "Tuyên Quang", centralMeridian: dm(106, 0) },
  { province: "Phú Thọ", centralMeridian: dm(104, 45) },
  { province: "Vĩnh Phúc", centralMeridian: dm(105, 0) },
  { province: "Cao Bằng", centralMeridian: dm(105, 45) },
  { province: "Lạng Sơn", centralMeridian: dm(107, 15) },
  { province: "Bắc Kạn", centralMeridian: dm(106, 30) },
  { province: "Thái Nguyên", centralMeridian: dm(106, 30) },
  { province: "Bắc Giang", centralMeridian: dm(107, 0) },
  { province: "Bắc Ninh", centralMeridian: dm(105, 30) },
  { province: "Quảng Ninh", centralMeridian: dm(107, 45) },
  { province: "Hải Phòng", centralMeridian: dm(105, 45) },
  { province: "Hải Dương", centralMeridian: dm(105, 30) },
  { province: "Hưng Yên", centralMeridian: dm(105, 30) },
  { province: "Hà Nội", centralMeridian: dm(105, 0) },
  { province: "Hòa Bình", centralMeridian: dm(106, 0) },
  { province: "Hà Nam", centralMeridian: dm(105, 0) },
  { province: "Nam Định", centralMeridian: dm(105, 30) },
  { province: "Thái Bình", centralMeridian: dm(105, 30) },
  { province: "Ninh Bình", centralMeridian: dm(105, 0) },
  { province: "Thanh Hóa", centralMeridian: dm(105, 0) },
  { province: "Nghệ An", centralMeridian: dm(104, 45) },
  { province: "Hà Tĩnh", centralMeridian: dm(105, 30) },
  { province: "Quảng Bình", centralMeridian: dm(106, 0) },
  { province: "Quảng Trị", centralMeridian: dm(106, 15) },
  { province: "Thừa Thiên Huế", centralMeridian: dm(107, 0) },
  { province: "Đà Nẵng", centralMeridian: dm(107, 45) },
  { province: "Quảng Nam", centralMeridian: dm(107, 45) },
  { province: "Quảng Ngãi", centralMeridian: dm(108, 0) },
  { province: "Bình Định", centralMeridian: dm(108, 15) },
  { province: "Kon Tum", centralMeridian: dm(107, 30) },
  { province: "Gia Lai", centralMeridian: dm(108, 30) },
  { province: "Đắk Lắk", centralMeridian: dm(108, 30) },
  { province: "Đắk Nông", centralMeridian: dm(108, 30) },
  { province: "Phú Yên", centralMeridian: dm(108, 30) },
  { province: "Khánh Hòa", centralMeridian: dm(108, 15) },
  { province: "Ninh Thuận", centralMeridian: dm(108, 15) },
  { province: "Bình Thuận", centralMeridian: dm(108, 30) },
  { province: "Lâm Đồng", centralMeridian: dm(107, 45) },
  { province: "Bình Dương", centralMeridian: dm(105, 45) },
  { province: "Bình Phước", centralMeridian: dm(106, 15) },
  { province: "Đồng Nai", centralMeridian: dm(107, 45) },
  { province: "Bà Rịa – Vũng Tàu", centralMeridian: dm(107, 45) },
  { province: "Tây Ninh", centralMeridian: dm(105, 30) },
  { province: "Long An", centralMeridian: dm(105, 45) },
  { province: "Tiền Giang", centralMeridian: dm(105, 45) },
  { province: "Bến Tre", centralMeridian: dm(105, 45) },
  { province: "Đồng Tháp", centralMeridian: dm(105, 0) },
  { province: "Vĩnh Long", centralMeridian: dm(105, 30) },
  { province: "Trà Vinh", centralMeridian: dm(105, 30) },
  { province: "An Giang", centralMeridian: dm(104, 45) },
  { province: "Kiên Giang", centralMeridian: dm(104, 30) },
  { province: "Cần Thơ", centralMeridian: dm(105, 0) },
  { province: "Hậu Giang", centralMeridian: dm(105, 0) },
  { province: "Sóc Trăng", centralMeridian: dm(105, 30) },
  { province: "Bạc Liêu", centralMeridian: dm(105, 0) },
  { province: "Cà Mau", centralMeridian: dm(104, 30) },
  { province: "Hồ Chí Minh", centralMeridian: dm(105, 45) },
];

function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/^(tinh|thanh pho|tp\.?)\s+/, "").trim();
}

/** The former province's entry, by name with or without diacritics ("ha tinh", "TP Hồ Chí Minh"). */
export function provinceMeridian(name: string): ProvinceMeridian | undefined {
  const wanted = foldForSearch(name);
  return VN2000_PROVINCE_MERIDIANS.find((entry) => foldForSearch(entry.province) === wanted);
}

/** "105°30′" — how the circular and surveyors write a meridian. */
export function formatMeridian(centralMeridian: number): string {
  const degrees = Math.floor(centralMeridian + 1e-9);
  const minutes = Math.round((centralMeridian - degrees) * 60);
  return `${degrees}°${String(minutes).padStart(2, "0")}′`;
}

/** The distinct meridians in use, west to east. */
export function distinctMeridians(): number[] {
  return [...new Set(VN2000_PROVINCE_MERIDIANS.map((entry) => entry.centralMeridian))].sort((a, b) => a - b);
}
