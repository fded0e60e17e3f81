// "Lấy vị trí hiện tại": fills a form's position from the device. A fix
// whose accuracy is worse than the set threshold (default 50 m) is refused
// with the reason, unless the user confirms it ("Vẫn dùng vị trí này").

import { useState } from "react";
import { formatMetres } from "../../geo/geodesy/compass";
import { currentPosition, type DeviceFix } from "./device-position";
import { useMaxAccuracyMetres } from "./location-accuracy-setting";

type Step = { kind: "idle" } | { kind: "waiting" } | { kind: "taken"; fix: DeviceFix } | { kind: "too-coarse"; fix: DeviceFix } | { kind: "failed"; message: string };

export function TakePositionButton({ onTake }: { onTake: (fix: DeviceFix) => void }) {
  const maxAccuracy = useMaxAccuracyMetres();
  const [step, setStep] = useState<Step>({ kind: "idle" });

  async function take() {
    setStep({ kind: "waiting" });
    try {
      const fix = await currentPosition();
      if (fix.accuracyMetres > maxAccuracy) {
        setStep({ kind: "too-coarse", fix });
        return;
      }
      onTake(fix);
      setStep({ kind: "taken", fix });
    } catch (error) {
      setStep({ kind: "failed", message: error instanceof Error ? error.message : "Không lấy được vị trí thiết bị." });
    }
  }

  function acceptCoarse(fix: DeviceFix) {
    onTake(fix);
    setStep({ kind: "taken", fix });
  }

  return (
    <div className="take-position">
      <button type="button" onClick={() => void take()} disabled={step.kind === "waiting"}>
        {step.kind === "waiting" ? "Đang lấy vị trí…" : "Lấy vị trí hiện tại"}
      </button>
      {step.kind === "taken" && (
        <p className="coordinate-hint" role="status">
          Đã lấy vị trí hiện tại, sai số khoảng {formatMetres(step.fix.accuracyMetres)}.
        </p>
      )}
      {step.kind === "too-coarse" && (
        <div role="alert" className="error">
          Vị trí chưa đủ chính xác: sai số khoảng {formatMetres(step.fix.accuracyMetres)}, lớn hơn mức cho phép {formatMetres(maxAccuracy)}. Hãy chờ
          GPS ổn định (ra chỗ thoáng) rồi lấy lại.
          <button type="button" onClick={() => acceptCoarse(step.fix)}>
            Vẫn dùng vị trí này
          </button>
        </div>
      )}
      {step.kind === "failed" && (
        <p role="alert" className="error">
          {step.message}
        </p>
      )}
    </div>
  );
}
