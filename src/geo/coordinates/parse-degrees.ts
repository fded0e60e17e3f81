// Parses WGS84 positions written in degrees: decimal ("18.308333, 105.419444"),
// degrees-minutes-seconds with symbols ("18°18′30″N 105°25′10″E"), plain
// ("18 18 30 N 105 25 10 E", "18 18 30 105 25 10") and degrees + decimal
// minutes ("18°18.5′ 105°25.17′"). Latitude comes first unless hemisphere
// letters say otherwise; a pair whose first value cannot be a latitude
// (e.g. GeoJSON order "105.42, 18.31") is read as longitude, latitude.

import type { CoordinateParseResult, CoordinateSystemId } from "../../domain/coordinate-systems";

interface Part {
  value: number;
  unit: "°" | "'" | '"' | "";
}

interface Group {
  parts: Part[];
  hemisphere?: "N" | "S" | "E" | "W";
}

const TOKEN = /(-?\d+(?:\.\d+)?)\s*([°'"]?)|([NSEW])(?![A-Z])|([^\s,;/])/g;

function tokenise(text: string): { groups: Group[]; stray?: string } {
  const groups: Group[] = [{ parts: [] }];
  const hemispheresFirst = /^[NSEW](?![A-Z])/.test(text);
  for (const match of text.matchAll(TOKEN)) {
    const current = groups[groups.length - 1];
    if (match[4]) return { groups, stray: match[4] };
    if (match[3]) {
      const hemisphere = match[3] as Group["hemisphere"];
      if (hemispheresFirst) {
        if (current.parts.length > 0 || current.hemisphere) groups.push({ parts: [], hemisphere });
        else current.hemisphere = hemisphere;
      } else {
        current.hemisphere = hemisphere;
        groups.push({ parts: [] });
      }
      continue;
    }
    const part: Part = { value: Number(match[1]), unit: (match[2] ?? "") as Part["unit"] };
    // A second degree sign starts the second coordinate.
    if (part.unit === "°" && current.parts.some((existing) => existing.unit === "°")) groups.push({ parts: [part] });
    else current.parts.push(part);
  }
  return { groups: groups.filter((group) => group.parts.length > 0 || group.hemisphere) };
}

/** Splits a run of unit-less numbers into two coordinates: 2 → d+d, 4 → dm+dm, 6 → dms+dms. */
function splitPlain(groups: Group[]): Group[] | string {
  if (groups.length !== 1) return groups;
  const { parts } = groups[0];
  if (parts.length % 2 !== 0 || parts.length === 0 || parts.length > 6) {
    return `Cần hai tọa độ (vĩ độ và kinh độ), nhưng đọc được ${parts.length} số.`;
  }
  const half = parts.length / 2;
  return [{ parts: parts.slice(0, half) }, { parts: parts.slice(half) }];
}

function toDegrees(group: Group, which: string): number | string {
  const [degrees, minutes = { value: 0 }, seconds = { value: 0 }] = group.parts;
  if (!degrees || group.parts.length > 3) return `${which}: cần độ, phút, giây (tối đa ba số).`;
  if (minutes.value < 0 || minutes.value >= 60) return `${which}: phút phải từ 0 đến dưới 60 (đang là ${minutes.value}).`;
  if (seconds.value < 0 || seconds.value >= 60) return `${which}: giây phải từ 0 đến dưới 60 (đang là ${seconds.value}).`;
  if (group.parts.length > 1 && !Number.isInteger(degrees.value)) return `${which}: khi có phút, độ phải là số nguyên.`;
  const magnitude = Math.abs(degrees.value) + minutes.value / 60 + seconds.value / 3600;
  const negative = degrees.value < 0 || group.hemisphere === "S" || group.hemisphere === "W";
  return negative ? -magnitude : magnitude;
}

export function parseDegrees(normalised: string): CoordinateParseResult {
  const { groups: raw, stray } = tokenise(normalised);
  if (stray) return { ok: false, message: `Không nhận ra định dạng tọa độ: ký tự "${stray}" không thuộc WGS84, VN-2000 hay MGRS.` };
  const groups = splitPlain(raw);
  if (typeof groups === "string") return { ok: false, message: groups };
  if (groups.length !== 2) return { ok: false, message: `Cần đúng hai tọa độ (vĩ độ và kinh độ), nhưng đọc được ${groups.length}.` };

  const isLongitude = (group: Group) => group.hemisphere === "E" || group.hemisphere === "W";
  const isLatitude = (group: Group) => group.hemisphere === "N" || group.hemisphere === "S";
  if ((isLatitude(groups[0]) && isLatitude(groups[1])) || (isLongitude(groups[0]) && isLongitude(groups[1]))) {
    return { ok: false, message: "Cả hai tọa độ cùng là vĩ độ (hoặc cùng là kinh độ): cần một vĩ độ (N/B) và một kinh độ (E/Đ)." };
  }
  const first = toDegrees(groups[0], "Tọa độ thứ nhất");
  const second = toDegrees(groups[1], "Tọa độ thứ hai");
  if (typeof first === "string") return { ok: false, message: first };
  if (typeof second === "string") return { ok: false, message: second };

  let lat = first;
  let lon = second;
  let note: string | undefined;
  if (isLongitude(groups[0]) || isLatitude(groups[1])) {
    [lat, lon] = [second, first];
  } else if (!isLatitude(groups[0]) && Math.abs(first) > 90 && Math.abs(second) <= 90) {
    [lat, lon] = [second, first];
    note = "Đã hiểu là kinh độ trước, vĩ độ sau.";
  }
  if (Math.abs(lat) > 90) return { ok: false, message: `Vĩ độ ${lat} không hợp lệ: phải trong khoảng −90 đến 90.` };
  if (Math.abs(lon) > 180) return { ok: false, message: `Kinh độ ${lon} không hợp lệ: phải trong khoảng −180 đến 180.` };

  const symbolic = groups.some((group) => group.parts.length > 1 || group.parts.some((part) => part.unit === "'" || part.unit === '"'));
  const system: CoordinateSystemId = symbolic ? "wgs84-dms" : "wgs84-decimal";
  return { ok: true, position: { lon, lat }, system, ...(note && { note }) };
}
