// Bearings for people: degrees clockwise from north and the Vietnamese
// eight-point compass direction ("Đông Bắc"…).

const DIRECTIONS = ["Bắc", "Đông Bắc", "Đông", "Đông Nam", "Nam", "Tây Nam", "Tây", "Tây Bắc"] as const;

export function compassDirection(bearingDegrees: number): string {
  const normalised = ((bearingDegrees % 360) + 360) % 360;
  return DIRECTIONS[Math.round(normalised / 45) % 8];
}

export function formatBearing(bearingDegrees: number): string {
  return `${Math.round(bearingDegrees) % 360}° (${compassDirection(bearingDegrees)})`;
}

export function formatMetres(metres: number): string {
  if (!Number.isFinite(metres)) return "—";
  if (metres < 1000) return `${Math.round(metres).toLocaleString("vi-VN")} m`;
  return `${(metres / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} km`;
}

export function formatSquareMetres(squareMetres: number): string {
  if (!Number.isFinite(squareMetres)) return "—";
  if (squareMetres < 10_000) return `${Math.round(squareMetres).toLocaleString("vi-VN")} m²`;
  if (squareMetres < 1_000_000) return `${(squareMetres / 10_000).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} ha`;
  return `${(squareMetres / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} km²`;
}
