// Vietnamese formatting of counts, speeds and durations for the offline tab
// (sizes: domain/byte-sizes.ts).

import { formatBytes } from "../../domain/byte-sizes";

const number = (value: number, digits = 0) => value.toLocaleString("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function formatCount(count: number): string {
  return number(count);
}

export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/giây`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} giây`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} phút`;
  return `${Math.floor(seconds / 3600)} giờ ${Math.round((seconds % 3600) / 60)} phút`;
}
