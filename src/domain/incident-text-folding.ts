// Accent-insensitive search (DOMAIN.md §6): "vu quang" finds "Vũ Quang".
// Strips combining marks after NFD and maps đ/Đ, which NFD leaves alone.

export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
