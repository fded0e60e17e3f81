// Security hotspot / incident categories named in the source texts (DOMAIN.md §3).
// No official taxonomy exists, so this is the default list; ids are stable keys
// stored in data, labels are what the officer reads.

export interface Category {
  readonly id: string;
  readonly label: string;
}

export const DEFAULT_HOTSPOT_CATEGORIES: readonly Category[] = [
  { id: "ma-tuy", label: "Ma túy" },
  { id: "trom-cap", label: "Trộm cắp tài sản" },
  { id: "tranh-chap-dat-dai", label: "Khiếu kiện, tranh chấp đất đai" },
  { id: "gay-roi-trat-tu", label: "Gây rối trật tự công cộng" },
  { id: "vuot-bien-trai-phep", label: "Xuất nhập cảnh, vượt biên trái phép" },
  { id: "buon-lau", label: "Buôn lậu, gian lận thương mại" },
  { id: "mua-ban-nguoi", label: "Mua bán người" },
  { id: "truyen-dao-trai-phep", label: "Truyền đạo trái pháp luật" },
  { id: "te-nan-xa-hoi", label: "Tệ nạn xã hội (mại dâm, cờ bạc)" },
  { id: "bao-luc-gia-dinh", label: "Bạo lực gia đình" },
  { id: "tai-nan-giao-thong", label: "Tai nạn giao thông" },
  { id: "vi-pham-lam-nghiep", label: "Vi phạm lâm nghiệp, cháy rừng" },
  { id: "thien-tai-sat-lo", label: "Thiên tai, sạt lở" },
  { id: "lua-dao-cong-nghe-cao", label: "Lừa đảo công nghệ cao, an ninh mạng" },
  { id: "yeu-to-nuoc-ngoai", label: "Yếu tố nước ngoài" },
  { id: "khac", label: "Khác" },
];

export const SEVERITIES: readonly Category[] = [
  { id: "thap", label: "Thấp" },
  { id: "trung-binh", label: "Trung bình" },
  { id: "cao", label: "Cao" },
  { id: "khan-cap", label: "Khẩn cấp" },
];

/** Lifecycle from the texts: forecast → detect → mediate → resolve. */
export const HOTSPOT_STATUSES: readonly Category[] = [
  { id: "du-bao", label: "Dự báo" },
  { id: "phat-hien", label: "Đã phát hiện" },
  { id: "dang-hoa-giai", label: "Đang hòa giải / xử lý" },
  { id: "da-giai-quyet", label: "Đã giải quyết" },
];

export function labelOf(list: readonly Category[], id: unknown): string | undefined {
  return list.find((entry) => entry.id === id)?.label;
}
