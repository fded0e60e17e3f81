// The Vietnamese sentence the UI shows after normalising imported, drawn or
// analysed geometry: what was changed, in the user's words, or that nothing was.

import { reportChangedAnything, type NormalizationReport } from "./normalization-report";

const number = (count: number) => count.toLocaleString("vi-VN");

/** e.g. "Đã chuẩn hóa hình học: bỏ 12 đỉnh lặp liên tiếp; sửa 1 vùng tự cắt hoặc tự chạm." */
export function describeNormalization(report: NormalizationReport): string {
  if (!reportChangedAnything(report)) return "Hình học hợp lệ, không cần sửa.";
  const parts: string[] = [];
  if (report.repeatedPositionsRemoved) parts.push(`bỏ ${number(report.repeatedPositionsRemoved)} đỉnh lặp liên tiếp`);
  if (report.ringsClosed) parts.push(`khép kín ${number(report.ringsClosed)} vòng ranh giới`);
  if (report.ringsReoriented) parts.push(`đảo chiều ${number(report.ringsReoriented)} vòng ranh giới theo chuẩn GeoJSON`);
  if (report.polygonsRepaired) parts.push(`sửa ${number(report.polygonsRepaired)} vùng tự cắt hoặc tự chạm`);
  if (report.degenerateRingsRemoved) parts.push(`bỏ ${number(report.degenerateRingsRemoved)} vòng suy biến (không có diện tích)`);
  if (report.degeneratePartsRemoved) parts.push(`bỏ ${number(report.degeneratePartsRemoved)} phần hình học suy biến`);
  return `Đã chuẩn hóa hình học: ${parts.join("; ")}.`;
}
