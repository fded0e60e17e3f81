// The label of a coordinate system next to a converted position: the VN-2000
// 3° zone is named after the province chosen in "Múi VN-2000 theo tỉnh"
// rather than always Hà Tĩnh.

import { coordinateSystemLabel, type CoordinateSystemId } from "../../domain/coordinate-systems";
import { formatMeridian, type ProvinceMeridian } from "../../geo/coordinates/vn2000-province-meridians";

export function systemLabel(system: CoordinateSystemId, province: ProvinceMeridian): string {
  if (system !== "vn2000-tm3") return coordinateSystemLabel(system);
  return `VN-2000 múi 3° ${province.province} (KTT ${formatMeridian(province.centralMeridian)}, k = 0,9999)`;
}
