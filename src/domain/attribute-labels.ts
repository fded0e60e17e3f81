// Vietnamese labels and value formatting for feature attributes, so the
// attribute panel speaks the officer's language. Unknown keys (from imported
// files) are shown as they are.

import { DEFAULT_HOTSPOT_CATEGORIES, HOTSPOT_STATUSES, SEVERITIES, labelOf } from "./hotspot-categories";

const KEY_LABELS: Record<string, string> = {
  id: "Mã định danh",
  name: "Tên",
  note: "Ghi chú",
  sample: "Dữ liệu mẫu",
  code: "Mã đơn vị hành chính",
  province: "Tỉnh",
  kind: "Loại",
  areaKm2: "Diện tích (km²)",
  areaHa: "Diện tích (ha)",
  borderCommune: "Xã biên giới",
  keyDefence: "Trọng điểm về quốc phòng",
  population: "Dân số",
  households: "Số hộ",
  bordersLaos: "Giáp Lào",
  modelResidentialArea: "Khu dân cư kiểu mẫu",
  command: "Cơ quan chỉ huy",
  communes: "Các xã trong khu vực",
  parcelId: "Số hiệu thửa",
  managingUnit: "Đơn vị quản lý",
  purpose: "Mục đích sử dụng",
  status: "Tình trạng",
  corridorWidthM: "Hành lang bảo vệ (m)",
  roadClass: "Cấp đường",
  neighbourCountry: "Nước láng giềng",
  neighbourCountries: "Giáp biên giới với",
  source: "Nguồn dữ liệu",
  section: "Đoạn biên giới",
  unit: "Đơn vị",
  strength: "Quân số",
  dutySchedule: "Lịch trực",
  equipment: "Trang bị",
  radiusM: "Bán kính phụ trách (m)",
  responseMinutes: "Thời gian cơ động (phút)",
  phone: "Điện thoại",
  borderSection: "Đoạn biên giới phụ trách",
  markers: "Cột mốc phụ trách",
  number: "Số hiệu mốc",
  label: "Nhãn",
  markerType: "Loại mốc",
  condition: "Tình trạng mốc",
  lastInspected: "Kiểm tra lần cuối",
  responsibleTeam: "Tổ tự quản phụ trách",
  category: "Loại vụ việc",
  severity: "Mức độ",
  since: "Phát sinh từ",
  responsibleOfficer: "Cán bộ phụ trách",
  village: "Thôn / bản",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  kind: { "ban-chqs": "Ban Chỉ huy quân sự xã", "cong-an": "Công an xã", ubnd: "Ủy ban nhân dân xã" },
  status: {
    "dang-su-dung": "Đang sử dụng",
    "bi-lan-chiem": "Bị lấn chiếm",
    "tranh-chap": "Đang tranh chấp",
    ...Object.fromEntries(HOTSPOT_STATUSES.map((status) => [status.id, status.label])),
  },
  roadClass: { "quoc-lo": "Quốc lộ", "duong-ho-chi-minh": "Đường Hồ Chí Minh", "tinh-lo": "Tỉnh lộ" },
  markerType: { chinh: "Mốc chính", phu: "Mốc phụ" },
  condition: { tot: "Tốt", "hu-hong": "Hư hỏng", mat: "Mất", "bi-che-lap": "Bị che lấp" },
};

/** A property by its own key only: `__proto__`, `hasOwnProperty`, `constructor` never reach Object.prototype. */
function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function attributeLabel(key: string): string {
  return own(KEY_LABELS, key) ?? key;
}

/**
 * The feature's name for a title: its own `name` or `label` (text or number),
 * never something inherited — a property named `__proto__` can become the
 * object's prototype once a library copies properties by assignment, and its
 * `name` would then show as the feature's.
 */
export function featureTitle(properties: Readonly<Record<string, unknown>>): string | null {
  for (const key of ["name", "label"]) {
    const value = own(properties, key);
    if (typeof value === "string" && value.trim() !== "") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return null;
}

export function formatAttributeValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (key === "category") return labelOf(DEFAULT_HOTSPOT_CATEGORIES, value) ?? String(value);
  if (key === "severity") return labelOf(SEVERITIES, value) ?? String(value);
  const known = own(own(VALUE_LABELS, key), String(value));
  if (known) return known;
  if (typeof value === "number") return value.toLocaleString("vi-VN");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
