// The "Tọa độ" field: one text input that accepts WGS84 decimal or DMS,
// VN-2000 (Hà Tĩnh 3° zone or UTM 48N/49N) and MGRS, plus "pick on the map"
// and whatever other way the form offers (the device position, from the
// location feature). It says which system it recognised and where that lands,
// or, in Vietnamese, what is wrong. Its examples are the open commune's centre.

import { useId, useMemo, type ReactNode } from "react";
import type { CoordinateParseResult } from "../../domain/coordinate-systems";
import { formatMeridian } from "../../geo/coordinates/vn2000-province-meridians";
import { useVn2000Province, useWorkspace } from "../workspace";
import { systemLabel } from "./vn2000-system-label";
import { coordinateExamples, formatDecimal } from "../../geo/coordinates/format-coordinates";

interface Props {
  text: string;
  result: CoordinateParseResult | null;
  picking: boolean;
  onText: (text: string) => void;
  onPickOnMap: () => void;
  /** More ways to fill the field, shown beside "Chọn trên bản đồ" (e.g. "Lấy vị trí hiện tại"). */
  otherActions?: ReactNode;
}

export function CoordinateInput({ text, result, picking, onText, onPickOnMap, otherActions }: Props) {
  const province = useVn2000Province();
  const { bbox } = useWorkspace().record;
  const examples = useMemo(() => coordinateExamples(bbox, province.centralMeridian), [bbox, province.centralMeridian]);
  const hintId = useId();

  return (
    <div className="coordinate-input">
      <label>
        Tọa độ
        <input aria-label="Tọa độ" value={text} onChange={(event) => onText(event.target.value)} aria-describedby={hintId} aria-invalid={result ? !result.ok : undefined} placeholder={examples.decimal} autoComplete="off" spellCheck={false} />
      </label>
      {/* While the map waits for the tap, these float over the map on a phone (`.map-tool-actions`, screen-layouts.css). */}
      <div className={picking ? "coordinate-input-actions map-tool-actions" : "coordinate-input-actions"}>
        {picking && <p>Bấm vào bản đồ để đặt vị trí.</p>}
        <button type="button" onClick={onPickOnMap} aria-pressed={picking}>
          {picking ? "Đang chờ bấm trên bản đồ…" : "Chọn trên bản đồ"}
        </button>
        {otherActions}
      </div>
      <p id={hintId} className="coordinate-hint">
        Nhận WGS84 ({examples.decimal} hoặc {examples.dms}), VN-2000 múi 3° {province.province} (KTT {formatMeridian(province.centralMeridian)}:{" "}
        {examples.tm3.replace("VN-2000 ", "")}), VN-2000 UTM ({examples.utm.replace("VN-2000 ", "")}) hoặc MGRS ({examples.mgrs}).
      </p>
      {result?.ok && (
        <p className="coordinate-recognised" role="status">
          {systemLabel(result.system, province)} → {formatDecimal(result.position)}
          {result.note ? ` (${result.note})` : ""}
        </p>
      )}
      {result && !result.ok && text.trim() !== "" && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
    </div>
  );
}
