// The tables stored in the clear, each with the reason. Every other table —
// including any table a later version adds — is encrypted by default
// (encryption-middleware.ts): forgetting to list a table can only make it
// safer, never leak it.

export const CLEAR_TABLES: ReadonlyMap<string, string> = new Map([
  ["adminFiles", "ranh giới hành chính chính thức (dữ liệu công khai, tải từ bản phát hành của ứng dụng)"],
  ["tileData", "ô bản đồ nền (bản sao dùng lại của dữ liệu công khai, đọc theo từng ô khi vẽ bản đồ)"],
  ["tileEntries", "danh mục ô bản đồ nền để xóa ô cũ (khóa là địa chỉ ô công khai)"],
  ["tileCacheTotals", "tổng số ô và dung lượng bộ nhớ đệm bản đồ nền"],
  ["pmtilesFiles", "tệp PMTiles bản đồ nền người dùng chọn (có thể nhiều GB, đọc theo từng đoạn)"],
]);

export const CLEAR_TABLE_NAMES: ReadonlySet<string> = new Set(CLEAR_TABLES.keys());
