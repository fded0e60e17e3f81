// "Múi VN-2000 theo tỉnh": the former province whose 3° zone (central
// meridian from Thông tư 973/2001/TT-TCĐC) the "Tọa độ" field, the coordinate
// readout, the print grid and files without a CRS use.

import { VN2000_PROVINCE_MERIDIANS, formatMeridian } from "../../geo/coordinates/vn2000-province-meridians";
import { setVn2000Province, useVn2000Province } from "../workspace";

export function Vn2000ProvinceSelect() {
  const current = useVn2000Province();
  return (
    <label className="vn2000-province">
      Múi VN-2000 theo tỉnh
      <select value={current.province} onChange={(event) => setVn2000Province(event.target.value)}>
        {VN2000_PROVINCE_MERIDIANS.map((entry) => (
          <option key={entry.province} value={entry.province}>
            {entry.province} — KTT {formatMeridian(entry.centralMeridian)}
          </option>
        ))}
      </select>
    </label>
  );
}
