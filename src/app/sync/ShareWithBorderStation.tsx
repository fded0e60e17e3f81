// "Chia sẻ với Đồn Biên phòng": on incidents and drill plans of a border
// commune (a workspace with a border line or border markers), the flag the
// server reads (`sharedWithBorderStation`) to let the station's devices see
// the record at their next sync. Inspections and patrols are shared by rule.

import { useBuiltInLayerData } from "../workspace";

export function useIsBorderCommune(): boolean {
  const line = useBuiltInLayerData("border-line");
  const markers = useBuiltInLayerData("border-marker");
  return (line?.features.length ?? 0) > 0 || (markers?.features.length ?? 0) > 0;
}

export function ShareWithBorderStation({ checked, onChange }: { checked: boolean; onChange: (shared: boolean) => void }) {
  if (!useIsBorderCommune()) return null;
  return (
    <label className="share-with-border-station">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> Chia sẻ với Đồn Biên phòng
    </label>
  );
}
