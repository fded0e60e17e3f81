// Vietnamese names of the record fields a sync conflict may show that the
// layer attribute labels (domain/attribute-labels) do not cover: incidents,
// drill plans, inspections, patrols.

import { attributeLabel } from "../../domain/attribute-labels";

const LABELS: Record<string, string> = {
  title: "Tiêu đề",
  description: "Mô tả",
  category: "Loại",
  severity: "Mức độ",
  status: "Trạng thái xử lý",
  occurredAt: "Thời điểm xảy ra",
  involved: "Người, đơn vị liên quan",
  responsibleOfficer: "Cán bộ phụ trách",
  attachmentIds: "Ảnh",
  sharedWithBorderStation: "Chia sẻ với Đồn Biên phòng",
  date: "Ngày",
  hHour: "Giờ G",
  forces: "Lực lượng",
  phases: "Giai đoạn",
  elements: "Ký hiệu trên bản đồ",
  inspector: "Người kiểm tra",
  condition: "Tình trạng",
  notes: "Ghi chú",
  findings: "Kết quả tuần tra",
};

export function syncFieldLabel(field: string): string {
  if (field === "geometry") return "Hình / vị trí";
  if (field === "deletedAt") return "Đã xóa?";
  return LABELS[field] ?? attributeLabel(field);
}
