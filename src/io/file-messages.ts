// Vietnamese messages for problems about the whole file (it cannot be read as
// GeoJSON at all, is too large, uses another coordinate system…) and for the
// notes that summarise a list of feature problems.

import { fileLabel, formatCount, formatValue } from "./message-format";
import { formatMegabytes } from "../domain/byte-sizes";

type FileName = string | undefined;

export function notJsonMessage(file: FileName, engineMessage: string, line?: number, column?: number): string {
  const where = line === undefined ? "" : ` (lỗi ở dòng ${formatCount(line)}, cột ${formatCount(column ?? 1)})`;
  return `${fileLabel(file)} không phải JSON hợp lệ${where}. Chi tiết kỹ thuật: ${engineMessage}`;
}

export function tooLargeMessage(file: FileName, bytes: number, maxBytes: number): string {
  return (
    `${fileLabel(file)} quá lớn (${formatMegabytes(bytes)}); giới hạn là ${formatMegabytes(maxBytes)}. ` +
    "Hãy tách thành nhiều tệp nhỏ hơn rồi nhập lần lượt"
  );
}

export function emptyFileMessage(file: FileName): string {
  return `${fileLabel(file)} rỗng, không có nội dung`;
}

/** `type` is the root's "type" member, or undefined when the root has none / is not an object. */
export function notGeoJsonMessage(file: FileName, rootIsObject: boolean, type: unknown): string {
  const label = `${fileLabel(file)} không phải GeoJSON`;
  if (!rootIsObject) return `${label}: nội dung phải là một đối tượng JSON có thuộc tính "type"`;
  if (type === undefined) return `${label}: thiếu thuộc tính "type" ở cấp ngoài cùng`;
  if (type === "Topology") return `${label}: đây là TopoJSON; hãy chuyển sang GeoJSON trước khi nhập`;
  return (
    `${label}: "type" ở cấp ngoài cùng là ${formatValue(type)}, ` +
    "trong khi GeoJSON chỉ nhận FeatureCollection, Feature hoặc một kiểu hình học"
  );
}

export function featuresNotArrayMessage(file: FileName): string {
  return `${fileLabel(file)} (features): "features" của FeatureCollection phải là một mảng`;
}

export function noFeaturesMessage(file: FileName): string {
  return `${fileLabel(file)} không có đối tượng nào: mảng "features" rỗng`;
}

export function unsupportedCrsMessage(file: FileName, crsName: string, isVn2000: boolean): string {
  const system = isVn2000 ? `“${crsName}” (hệ VN-2000)` : `“${crsName}”`;
  return (
    `${fileLabel(file)} khai báo hệ tọa độ ${system} trong thuộc tính "crs". ` +
    "Chỉ nhận tọa độ WGS 84 dạng [kinh độ, vĩ độ] (EPSG:4326). " +
    "Dữ liệu VN-2000 phải được chuyển sang WGS 84 trước, ví dụ trong QGIS: Xuất › Lưu đối tượng thành…, chọn EPSG:4326"
  );
}

export function mostlySwappedMessage(file: FileName, swappedFeatures: number, featuresWithGeometry: number): string {
  return (
    `${fileLabel(file)}: ${formatCount(swappedFeatures)}/${formatCount(featuresWithGeometry)} đối tượng có tọa độ ` +
    "dường như ghi theo thứ tự [vĩ độ, kinh độ]. GeoJSON yêu cầu [kinh độ, vĩ độ]; " +
    "hãy đổi chỗ hai giá trị trong toàn bộ tệp rồi nhập lại"
  );
}

export function tooManyProblemsMessage(omitted: number, shown: number): string {
  return `Còn ${formatCount(omitted)} lỗi khác không được liệt kê (chỉ hiện ${formatCount(shown)} lỗi đầu tiên)`;
}
