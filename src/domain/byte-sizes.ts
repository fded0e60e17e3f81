// Sizes in Vietnamese notation (vi-VN: "2,5 MB", "840 KB"), for messages and
// lists: limits in megabytes, stored things in the unit that fits.

const sizeNumber = (value: number, digits: number) => value.toLocaleString("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

const MEGABYTE = 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${sizeNumber(bytes / MEGABYTE, 1)} MB`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${sizeNumber(bytes, 0)} B`;
  if (bytes < 1024 ** 2) return `${sizeNumber(bytes / 1024, 1)} KB`;
  if (bytes < 1024 ** 3) return `${sizeNumber(bytes / 1024 ** 2, 1)} MB`;
  return `${sizeNumber(bytes / 1024 ** 3, 2)} GB`;
}
