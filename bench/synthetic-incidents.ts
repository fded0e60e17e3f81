// The synthetic incidents the browser benches store: spread over the sample
// commune's box, every category, severity and status, times over a year.
// Deterministic (a fixed-seed generator), so two runs store the same records.
// Bundled into the bench pages; it imports nothing.

export function syntheticIncidents(count: number): Record<string, unknown>[] {
  const categories = ["ma-tuy", "trom-cap", "tranh-chap-dat-dai", "gay-roi-trat-tu", "vuot-bien-trai-phep", "buon-lau", "tai-nan-giao-thong", "khac"];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const now = Date.UTC(2026, 2, 1);
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const time = new Date(now - random() * 365 * 86_400_000).toISOString();
    records.push({
      id: crypto.randomUUID(), kind: i % 9 === 0 ? "hotspot" : "incident", title: `Vụ việc mẫu số ${i} ở Vũ Quang`,
      category: categories[i % categories.length], severity: ["thap", "trung-binh", "cao", "khan-cap"][i % 4],
      status: ["moi", "dang-xac-minh", "dang-xu-ly", "da-giai-quyet", "luu-tru"][i % 5], occurredAt: time,
      description: "Dữ liệu tổng hợp cho đo hiệu năng", involved: "", responsibleOfficer: "Cán bộ Công an xã",
      lon: 105.256 + random() * 0.363, lat: 18.153 + random() * 0.296, villageId: null, villageName: null, communeName: null,
      attachmentIds: [], warnings: [], createdAt: time, createdBy: "bench", updatedAt: time, updatedBy: "bench", version: 1, deletedAt: null,
    });
  }
  return records;
}
