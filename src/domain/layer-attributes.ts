// The attribute form of each operational layer, declared as data: which
// fields the officer fills in, in Vietnamese, with their kind (text, whole or
// decimal number with unit and range, list of values with labels, date, yes/no)
// and whether they are required. Keys are the ones the sample data, the
// analyses and the register already read (sample-data-contract.ts), so a
// feature drawn in the editor is used everywhere at once. Values computed
// from the geometry (a parcel's area) are declared too, but never typed.

import type { BuiltInLayerId } from "./layer-catalog";
import { DEFAULT_HOTSPOT_CATEGORIES, HOTSPOT_STATUSES, SEVERITIES, type Category } from "./hotspot-categories";

interface FieldBase {
  key: string;
  /** Vietnamese label, also used in validation messages. */
  label: string;
  required?: boolean;
  hint?: string;
}

export interface TextField extends FieldBase {
  kind: "text";
  maxLength?: number;
  /** A pattern the value must match, with the Vietnamese description of the expected form. */
  pattern?: { regex: RegExp; expected: string };
  multiline?: boolean;
}

export interface NumberField extends FieldBase {
  kind: "number";
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface ChoiceField extends FieldBase {
  kind: "choice";
  options: readonly Category[];
}

export interface DateField extends FieldBase {
  kind: "date";
  /** A date after today is refused (inspections, events that already happened). */
  notInFuture?: boolean;
}

export interface YesNoField extends FieldBase {
  kind: "yes-no";
}

/** Shown in the form, computed from the geometry at save: never typed. */
export interface ComputedField extends FieldBase {
  kind: "computed";
  compute: "area-ha";
  unit: string;
}

export type AttributeField = TextField | NumberField | ChoiceField | DateField | YesNoField | ComputedField;

const PHONE: TextField["pattern"] = { regex: /^(\+84|0)[\d ]{8,12}$/, expected: "số điện thoại Việt Nam, ví dụ 0912 345 678" };

const name = (label: string): TextField => ({ key: "name", label, kind: "text", required: true, maxLength: 200 });

export const ROAD_CLASSES: readonly Category[] = [
  { id: "quoc-lo", label: "Quốc lộ" },
  { id: "duong-ho-chi-minh", label: "Đường Hồ Chí Minh" },
  { id: "tinh-lo", label: "Tỉnh lộ" },
  { id: "duong-xa", label: "Đường xã, liên thôn" },
];

export const LAYER_ATTRIBUTES: Readonly<Record<Exclude<BuiltInLayerId, "commune">, readonly AttributeField[]>> = {
  village: [
    name("Tên thôn/bản"),
    { key: "population", label: "Dân số", kind: "number", unit: "người", integer: true, min: 0, max: 100_000 },
    { key: "households", label: "Số hộ", kind: "number", unit: "hộ", integer: true, min: 0, max: 50_000 },
    { key: "bordersLaos", label: "Giáp biên giới", kind: "yes-no" },
    { key: "modelResidentialArea", label: "Khu dân cư kiểu mẫu", kind: "yes-no" },
  ],
  "defence-zone": [
    name("Tên khu vực phòng thủ"),
    { key: "command", label: "Cơ quan chỉ huy", kind: "text", maxLength: 200 },
    { key: "communes", label: "Các xã trong khu vực", kind: "text", maxLength: 500 },
  ],
  "defence-land": [
    name("Tên khu đất"),
    { key: "parcelId", label: "Số thửa", kind: "text", required: true, maxLength: 50 },
    { key: "managingUnit", label: "Đơn vị quản lý", kind: "text", required: true, maxLength: 200 },
    {
      key: "status",
      label: "Tình trạng pháp lý",
      kind: "choice",
      required: true,
      options: [
        { id: "dang-su-dung", label: "Đang sử dụng" },
        { id: "bi-lan-chiem", label: "Bị lấn chiếm" },
        { id: "tranh-chap", label: "Đang tranh chấp" },
      ],
    },
    { key: "purpose", label: "Mục đích sử dụng", kind: "text", maxLength: 300 },
    { key: "corridorWidthM", label: "Hành lang bảo vệ", kind: "number", unit: "m", min: 0, max: 1_000 },
    { key: "areaHa", label: "Diện tích", kind: "computed", compute: "area-ha", unit: "ha", hint: "Tính từ hình vẽ trên mặt ellipsoid WGS84" },
  ],
  road: [name("Tên tuyến đường"), { key: "roadClass", label: "Cấp đường", kind: "choice", required: true, options: ROAD_CLASSES }],
  "border-line": [
    name("Tên đoạn biên giới"),
    {
      key: "neighbourCountry",
      label: "Nước láng giềng",
      kind: "choice",
      required: true,
      options: [
        { id: "Lào", label: "Lào" },
        { id: "Trung Quốc", label: "Trung Quốc" },
        { id: "Campuchia", label: "Campuchia" },
      ],
    },
    { key: "section", label: "Mô tả đoạn", kind: "text", maxLength: 500 },
  ],
  "militia-post": [
    name("Tên chốt"),
    { key: "unit", label: "Đơn vị", kind: "text", required: true, maxLength: 200 },
    { key: "strength", label: "Quân số", kind: "number", unit: "người", integer: true, min: 1, max: 200, required: true },
    { key: "radiusM", label: "Bán kính phụ trách", kind: "number", unit: "m", integer: true, min: 50, max: 20_000 },
    { key: "commander", label: "Người chỉ huy", kind: "text", maxLength: 100 },
    { key: "phone", label: "Số điện thoại", kind: "text", pattern: PHONE },
    { key: "dutySchedule", label: "Lịch trực", kind: "text", maxLength: 200 },
    { key: "equipment", label: "Trang bị", kind: "text", maxLength: 300 },
    { key: "responseMinutes", label: "Thời gian cơ động", kind: "number", unit: "phút", min: 0, max: 240 },
  ],
  "command-post": [
    name("Tên trụ sở"),
    {
      key: "kind",
      label: "Loại trụ sở",
      kind: "choice",
      required: true,
      options: [
        { id: "ban-chqs", label: "Ban Chỉ huy quân sự xã" },
        { id: "cong-an", label: "Công an xã" },
        { id: "ubnd", label: "Ủy ban nhân dân xã" },
      ],
    },
    { key: "phone", label: "Số điện thoại", kind: "text", pattern: PHONE },
  ],
  "border-station": [
    name("Tên Đồn Biên phòng"),
    { key: "borderSection", label: "Đoạn biên giới phụ trách", kind: "text", maxLength: 500 },
    { key: "markers", label: "Cột mốc phụ trách", kind: "text", maxLength: 100, hint: "ví dụ 484–497" },
    { key: "phone", label: "Số điện thoại", kind: "text", pattern: PHONE },
  ],
  "border-marker": [
    { key: "number", label: "Số hiệu mốc", kind: "number", integer: true, min: 1, max: 9_999, required: true },
    { key: "markerType", label: "Loại mốc", kind: "choice", required: true, options: [{ id: "chinh", label: "Mốc chính" }, { id: "phu", label: "Mốc phụ" }] },
    {
      key: "condition",
      label: "Tình trạng",
      kind: "choice",
      required: true,
      options: [
        { id: "tot", label: "Tốt" },
        { id: "hu-hong", label: "Hư hỏng" },
        { id: "mat", label: "Mất" },
        { id: "bi-che-lap", label: "Bị che lấp" },
      ],
    },
    { key: "lastInspected", label: "Ngày kiểm tra gần nhất", kind: "date", notInFuture: true },
    { key: "responsibleTeam", label: "Tổ tự quản phụ trách", kind: "text", maxLength: 200 },
  ],
  hotspot: [
    name("Tên điểm nóng"),
    { key: "category", label: "Loại vụ việc", kind: "choice", required: true, options: DEFAULT_HOTSPOT_CATEGORIES },
    { key: "severity", label: "Mức độ", kind: "choice", required: true, options: SEVERITIES },
    { key: "status", label: "Tình trạng", kind: "choice", required: true, options: HOTSPOT_STATUSES },
    { key: "since", label: "Phát sinh từ ngày", kind: "date", notInFuture: true },
    { key: "responsibleOfficer", label: "Cán bộ phụ trách", kind: "text", maxLength: 100 },
    { key: "village", label: "Thôn / bản", kind: "text", maxLength: 100 },
  ],
};

export type EditableLayerId = keyof typeof LAYER_ATTRIBUTES;

export function isEditableLayer(layerId: BuiltInLayerId): layerId is EditableLayerId {
  return layerId !== "commune";
}

/** Layers whose features must lie inside the workspace's communes. */
export const LAYERS_INSIDE_COMMUNE: ReadonlySet<BuiltInLayerId> = new Set(["village", "defence-land", "militia-post", "command-post", "hotspot"]);
