// The setting behind "Lấy vị trí hiện tại": the worst accuracy accepted
// without asking the user to confirm.

import { DEFAULT_MAX_ACCURACY_METRES, setMaxAccuracyMetres, useMaxAccuracyMetres } from "./location-accuracy-setting";

const LABEL = "Sai số GPS tối đa khi lấy vị trí (m)";

export function MaxAccuracySetting() {
  const value = useMaxAccuracyMetres();
  return (
    <label>
      {LABEL}
      <input
        aria-label={LABEL}
        type="number"
        min={1}
        max={10_000}
        defaultValue={value}
        key={value}
        onBlur={(event) => {
          const next = Number(event.target.value);
          if (Number.isFinite(next) && next >= 1 && next <= 10_000) setMaxAccuracyMetres(next);
          else event.target.value = String(value || DEFAULT_MAX_ACCURACY_METRES);
        }}
      />
    </label>
  );
}
