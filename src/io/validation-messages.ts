// Vietnamese messages for problems inside one feature: the place ("Đối tượng
// số 4 (features[3]…)") and what is wrong there, quoting the offending value.

import type { ProblemKind, StructureReason } from "./geojson-problem";
import { formatCount, formatValue } from "./message-format";

const STRUCTURE_TEXT: Readonly<Record<Exclude<StructureReason, "library">, string>> = {
  "not-object": "phải là một đối tượng JSON dạng {…}",
  "feature-type": "\"type\" phải là \"Feature\"",
  "missing-geometry": "thiếu thuộc tính \"geometry\"",
  "properties-not-object": "\"properties\" phải là một đối tượng JSON hoặc null",
  "id-invalid": "\"id\" phải là chuỗi hoặc số",
  "geometry-not-object": "hình học phải là một đối tượng JSON dạng {…}",
  "missing-type": "hình học thiếu thuộc tính \"type\"",
  "unknown-type":
    "kiểu hình học không hợp lệ; chỉ nhận Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection",
  "coordinates-not-array": "\"coordinates\" phải là một mảng",
  "part-not-array": "phần này của hình học phải là một mảng",
  "position-not-array": "vị trí phải là một mảng [kinh độ, vĩ độ]",
  "position-too-short": "vị trí phải có ít nhất 2 số [kinh độ, vĩ độ]",
  "geometries-not-array": "\"geometries\" phải là một mảng",
  "too-deep": "GeometryCollection lồng nhau quá sâu",
  "properties-too-deep": "thuộc tính lồng nhau quá sâu (quá 32 tầng đối tượng/mảng), không lưu được",
  "features-not-array": "\"features\" phải là một mảng",
};

const AXIS_NAMES = ["kinh độ", "vĩ độ", "độ cao"];

/** "Đối tượng số 4 (features[3].geometry)" — counted from 1, with the 0-based path. */
export function featurePlace(featureIndex: number, path: string): string {
  const label = `Đối tượng số ${formatCount(featureIndex + 1)}`;
  return path === "" ? label : `${label} (${path})`;
}

/** What is wrong, for one problem kind found inside a feature. */
export function describeFeatureProblem(kind: ProblemKind, subject: unknown, reason: StructureReason | null): string {
  switch (kind) {
    case "invalid-structure":
      return describeStructure(subject, reason);
    case "null-geometry":
      return "không có hình học (\"geometry\" là null) nên không thể hiển thị trên bản đồ";
    case "empty-geometry":
      return `hình học ${String(subject)} rỗng, không có tọa độ nào`;
    case "coordinate-not-number":
      return describeNotNumber(subject);
    case "coordinate-out-of-range":
      return describeOutOfRange(subject);
    case "coordinates-look-swapped":
      return describeSwapped(subject);
    case "unclosed-ring":
      return describeUnclosedRing(subject);
    case "ring-too-short":
      return `vòng đa giác chỉ có ${lengthOf(subject)} vị trí; cần ít nhất 4 (vị trí cuối lặp lại vị trí đầu)`;
    case "line-too-short":
      return `đường chỉ có ${lengthOf(subject)} vị trí; cần ít nhất 2`;
    case "self-intersecting-ring":
      return `ranh giới đa giác tự cắt (hình nơ) tại ${formatValue(subject)}, nên diện tích và phép phân tích sẽ sai; chọn “Sửa hình tự cắt rồi nhập” để tách thành các phần không tự cắt`;
    default:
      return "dữ liệu không hợp lệ";
  }
}

/** Appended when the same kind of problem occurs more than once in a feature. */
export function repeatNote(count: number): string {
  return count > 1 ? ` (lỗi này còn gặp ở ${formatCount(count - 1)} chỗ khác trong cùng đối tượng)` : "";
}

function describeStructure(subject: unknown, reason: StructureReason | null): string {
  if (reason === "library") return String(subject);
  if (reason === null) return "sai cấu trúc GeoJSON";
  const text = STRUCTURE_TEXT[reason];
  if (reason === "unknown-type") return `${text} (đang là ${formatValue(subject)})`;
  if (reason === "feature-type") return `${text} (đang là ${formatValue(subject)})`;
  return text;
}

function describeNotNumber(position: unknown): string {
  const values = position as readonly unknown[];
  let axis = 0;
  while (axis < values.length && typeof values[axis] === "number" && Number.isFinite(values[axis])) axis++;
  const name = AXIS_NAMES[axis] ?? `phần tử thứ ${axis + 1}`;
  const value = values[axis];
  const hint = typeof value === "string" ? " — tọa độ phải là số, không đặt trong dấu ngoặc kép" : "";
  return `tọa độ ${formatValue(position)} có ${name} không phải là số hữu hạn (${formatValue(value)})${hint}`;
}

function describeOutOfRange(position: unknown): string {
  const [lon, lat] = position as readonly number[];
  const text = `tọa độ ${formatValue(position)} nằm ngoài phạm vi: kinh độ phải từ −180 đến 180, vĩ độ từ −90 đến 90`;
  const looksProjected = Math.abs(lon) > 1000 && Math.abs(lat) > 1000;
  return looksProjected
    ? `${text}. Giá trị trông như tọa độ phẳng tính bằng mét (ví dụ VN-2000/UTM); cần chuyển sang WGS 84 trước khi nhập`
    : text;
}

function describeSwapped(position: unknown): string {
  const values = position as readonly number[];
  const swapped = [values[1], values[0], ...values.slice(2)];
  return (
    `tọa độ ${formatValue(position)} có vẻ bị đảo thứ tự: GeoJSON ghi [kinh độ, vĩ độ] nhưng ở đây vĩ độ đứng trước. ` +
    `Nếu đổi chỗ thành ${formatValue(swapped)} thì vị trí nằm trong lãnh thổ Việt Nam`
  );
}

function describeUnclosedRing(ring: unknown): string {
  const positions = ring as readonly unknown[];
  const first = formatValue(positions[0]);
  const last = formatValue(positions[positions.length - 1]);
  return `vòng đa giác không khép kín: vị trí đầu ${first} khác vị trí cuối ${last}; vị trí cuối phải trùng vị trí đầu`;
}

function lengthOf(value: unknown): string {
  return formatCount(Array.isArray(value) ? value.length : 0);
}
