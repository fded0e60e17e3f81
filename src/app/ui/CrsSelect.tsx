// Choosing a coordinate system for an import or an export: WGS 84, VN-2000
// geographic, the VN-2000 3° zone of any of the 63 former provinces (by name,
// with its central meridian), or VN-2000 UTM 48N/49N. A zone read from a file
// whose meridian is in no province's row is offered as it is.

import { VN2000_PROVINCE_MERIDIANS, formatMeridian } from "../../geo/coordinates/vn2000-province-meridians";
import { TM3_SCALE, tm3Zone, utmZone } from "../../geo/coordinates/vn2000-zone";
import type { FileCrs } from "../../io/formats/crs/recognise-crs";

const same = (a: number, b: number) => Math.abs(a - b) < 1e-7;

function valueOf(crs: FileCrs, preferredProvince: string): string {
  if (crs.kind === "wgs84") return "wgs84";
  if (crs.kind === "vn2000-geographic") return "vn2000-geographic";
  if (!same(crs.scale, TM3_SCALE)) return same(crs.centralMeridian, 111) ? "utm49" : same(crs.centralMeridian, 105) ? "utm48" : `tm:${crs.centralMeridian}:${crs.scale}`;
  const matches = VN2000_PROVINCE_MERIDIANS.filter((entry) => same(entry.centralMeridian, crs.centralMeridian));
  const entry = matches.find((match) => match.province === preferredProvince) ?? matches[0];
  return entry ? `tm3:${entry.province}` : `tm:${crs.centralMeridian}:${crs.scale}`;
}

function crsOf(value: string): FileCrs {
  if (value === "wgs84") return { kind: "wgs84" };
  if (value === "vn2000-geographic") return { kind: "vn2000-geographic" };
  if (value === "utm48") return utmZone(48);
  if (value === "utm49") return utmZone(49);
  if (value.startsWith("tm3:")) return tm3Zone(VN2000_PROVINCE_MERIDIANS.find((entry) => entry.province === value.slice(4))?.centralMeridian ?? 105.5);
  const [, meridian, scale] = value.split(":");
  return { kind: "vn2000-tm", centralMeridian: Number(meridian), scale: Number(scale), falseEasting: 500_000 };
}

export function CrsSelect({ value, onChange, preferredProvince, label }: { value: FileCrs | null; onChange: (crs: FileCrs) => void; preferredProvince: string; label: string }) {
  const selected = value ? valueOf(value, preferredProvince) : "";
  const custom = selected.startsWith("tm:") && value?.kind === "vn2000-tm" ? value : null;
  return (
    <label className="crs-select">
      {label}
      <select value={selected} onChange={(event) => onChange(crsOf(event.target.value))}>
        {!value && <option value="">— Chọn hệ tọa độ —</option>}
        <option value="wgs84">WGS 84 (kinh độ, vĩ độ)</option>
        <option value="vn2000-geographic">VN-2000 tọa độ địa lý (EPSG:4756)</option>
        <optgroup label="VN-2000 múi 3° (k = 0,9999) theo tỉnh">
          {custom && <option value={selected}>KTT {formatMeridian(custom.centralMeridian)} (theo tệp, k = {String(custom.scale).replace(".", ",")})</option>}
          {VN2000_PROVINCE_MERIDIANS.map((entry) => (
            <option key={entry.province} value={`tm3:${entry.province}`}>
              {entry.province} — KTT {formatMeridian(entry.centralMeridian)}
            </option>
          ))}
        </optgroup>
        <option value="utm48">VN-2000 UTM múi 48N (EPSG:3405)</option>
        <option value="utm49">VN-2000 UTM múi 49N (EPSG:3406)</option>
      </select>
    </label>
  );
}
