// Vietnamese names used by the sample (all fictional; full diacritics).

/** 31 village names, ordered from the commune centre outward (remote names last). */
export const VILLAGE_NAMES = [
  "Thôn Trung Tâm", "Thôn Hương Minh", "Thôn Thọ Điền", "Thôn Quang Thọ", "Thôn Quang Minh",
  "Thôn Minh Thọ", "Thôn Tân Quang", "Thôn Tân Thọ", "Thôn Tân Hương", "Thôn Bình Minh",
  "Thôn Hòa Bình", "Thôn Hòa Hợp", "Thôn Đồng Tâm", "Thôn Đồng Quang", "Thôn Thượng Điền",
  "Thôn Hạ Điền", "Thôn Kim Quang", "Thôn Kim Sơn", "Thôn Thanh Bình", "Thôn Thanh Sơn",
  "Thôn Phúc Thọ", "Thôn Phúc Sơn", "Thôn Trung Sơn", "Thôn Sơn Thọ", "Thôn Làng Chè",
  "Thôn Cao Thắng", "Thôn Bãi Dọc", "Thôn Khe Tre", "Thôn Khe Giao", "Thôn Rào Bội",
  "Thôn Ngàn Trươi",
];

/** Fictional officers (rank + name) for hotspots and posts. */
export const OFFICERS = [
  "Thượng úy Nguyễn Văn Hùng", "Trung úy Trần Đức Thắng", "Đại úy Lê Thị Hương", "Thiếu tá Phan Văn Minh",
  "Trung úy Hoàng Quốc Việt", "Thượng úy Võ Thị Lan", "Đại úy Đặng Xuân Trường", "Thiếu úy Bùi Minh Tuấn",
];

/** Village name without the "Thôn " prefix, lower-cased first letter for "thôn X" phrases. */
export function villageShortName(name) {
  return name.replace(/^Thôn\s+/, "");
}
