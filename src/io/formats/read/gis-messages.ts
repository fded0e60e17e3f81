// What the user reads when a GIS file cannot be imported as it is: what is
// wrong and where, in Vietnamese, and that nothing stored has changed. GDAL's
// own (English) messages are never shown.

import { describeVn2000Crs } from "../../../geo/coordinates/vn2000-zone";
import type { FileCrs } from "../crs/recognise-crs";
import type { GisFormat } from "./gis-file-set";

export const NOTHING_CHANGED = "Chưa có dữ liệu nào được thay đổi.";

export const FORMAT_LABELS: Record<GisFormat, string> = {
  shapefile: "Shapefile",
  geopackage: "GeoPackage",
  "mapinfo-tab": "MapInfo TAB",
  "mapinfo-mif": "MapInfo MIF/MID",
  dxf: "AutoCAD DXF",
  dgn: "MicroStation DGN",
  csv: "CSV",
  xlsx: "Excel (XLSX)",
};

const COMPANION_ROLES: Record<string, string> = {
  ".shx": "chỉ mục hình học", ".dbf": "bảng thuộc tính", ".dat": "bảng thuộc tính", ".map": "hình học", ".id": "chỉ mục", ".mid": "bảng thuộc tính",
};

export function describeCrs(crs: FileCrs): string {
  return crs.kind === "wgs84" ? "WGS 84 (kinh độ, vĩ độ)" : describeVn2000Crs(crs);
}

export function missingCompanionsMessage(fileName: string, format: GisFormat, missing: readonly string[]): string {
  const list = missing.map((extension) => `${extension} (${COMPANION_ROLES[extension] ?? "tệp đi kèm"})`).join(", ");
  const together = format === "shapefile" ? ".shp, .shx, .dbf (và .prj, .cpg)" : format === "mapinfo-tab" ? ".tab, .dat, .map, .id" : ".mif, .mid";
  return `Bộ tệp ${FORMAT_LABELS[format]} “${fileName}” thiếu ${list}. Hãy chọn cùng lúc các tệp ${together} hoặc nén chúng vào một tệp .zip. ${NOTHING_CHANGED}`;
}

export function unreadableFileMessage(fileName: string, format: GisFormat): string {
  const hint = format === "geopackage" ? " hoặc không trọn vẹn (có thể tải về, sao chép chưa hết)" : "";
  return `Không đọc được tệp ${FORMAT_LABELS[format]} “${fileName}”: tệp bị hỏng${hint}. ${NOTHING_CHANGED}`;
}

export function corruptGeometryMessage(fileName: string, format: GisFormat): string {
  return `Tệp ${FORMAT_LABELS[format]} “${fileName}” bị hỏng: phần hình học không đọc được hết. ${NOTHING_CHANGED}`;
}

export function noGeometryMessage(fileName: string, format: GisFormat): string {
  return `Tệp ${FORMAT_LABELS[format]} “${fileName}” không có đối tượng hình học nào (điểm, đường, vùng) để nhập. ${NOTHING_CHANGED}`;
}

export function zipTooLargeMessage(fileName: string, entryName: string, capBytes: number): string {
  return `Tệp nén “${fileName}” khi giải nén vượt quá giới hạn ${Math.round(capBytes / 1024 / 1024)} MB (tại “${entryName}”) — có thể là tệp nén độc hại. ${NOTHING_CHANGED}`;
}

export function unreadableZipMessage(fileName: string): string {
  return `Tệp “${fileName}” không phải tệp nén ZIP đọc được (có thể bị hỏng). ${NOTHING_CHANGED}`;
}

export function noDatasetMessage(fileName: string): string {
  return `Trong “${fileName}” không có tệp Shapefile (.shp), GeoPackage, MapInfo, DXF, DGN, CSV hay XLSX nào. ${NOTHING_CHANGED}`;
}

export function missingCrsNote(fileName: string): string {
  return `Tệp “${fileName}” không ghi hệ tọa độ. Hãy chọn hệ tọa độ của dữ liệu (đã chọn sẵn hệ có khả năng nhất theo giá trị tọa độ).`;
}

export function unreadablePrjNote(fileName: string, name: string): string {
  return `Không đọc được hệ tọa độ ghi trong “${fileName}” (“${name.slice(0, 60)}”): ứng dụng chỉ đổi được WGS 84 và VN-2000. Hãy chọn hệ tọa độ của dữ liệu.`;
}

export function outsideVietnamMessage(fileName: string, crs: FileCrs, share: number): string {
  return `Với hệ tọa độ ${describeCrs(crs)}, ${Math.round(share * 100)}% vị trí của “${fileName}” nằm ngoài lãnh thổ Việt Nam — có lẽ hệ tọa độ không đúng. Hãy chọn hệ tọa độ khác (ví dụ múi 3° của tỉnh khác, hoặc UTM). ${NOTHING_CHANGED}`;
}

export function mixedDecimalMessage(fileName: string, column: string, line: number, value: string): string {
  return `Tệp “${fileName}”, cột “${column}”, dòng ${line}: “${value}” dùng kiểu dấu thập phân khác các dòng trước (lẫn dấu phẩy và dấu chấm). Hãy thống nhất một kiểu rồi nhập lại. ${NOTHING_CHANGED}`;
}

export function noCoordinateColumnsMessage(fileName: string): string {
  return `Không tìm thấy hai cột tọa độ trong “${fileName}”. Hãy chọn cột kinh độ/Y (Đông) và vĩ độ/X (Bắc).`;
}

export function noRowsMessage(fileName: string): string {
  return `Tệp “${fileName}” không có dòng nào có tọa độ là số. ${NOTHING_CHANGED}`;
}

export function withoutGeometryWarning(count: number): string {
  return `${count} đối tượng không có hình học (bản ghi rỗng) được bỏ qua.`;
}

export function skippedRowsWarning(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(", ");
  return `${lines.length} dòng không có tọa độ là số được bỏ qua (dòng ${shown}${lines.length > 10 ? ", …" : ""}).`;
}
