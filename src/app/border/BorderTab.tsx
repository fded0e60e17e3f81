// The "Biên giới" tab: border coordination with the border guard station —
// the marker register (overdue inspections highlighted), patrol logs with GPS
// track matching, data exchange, and the border line of a border commune
// derived from the official boundaries.

import { BorderMarkerRegister } from "./BorderMarkerRegister";
import { ExchangePanel } from "../exchange";
import { DeriveBorderLine } from "../setup";
import { PatrolLogForm } from "./PatrolLogForm";
import { useBorderRegister } from "./use-border-register";

export function BorderTab() {
  const register = useBorderRegister();
  return (
    <div className="border-tab">
      <h2>Phối hợp biên giới</h2>
      {register.error && (
        <p className="error" role="alert">
          {register.error}
        </p>
      )}
      <DeriveBorderLine />
      <BorderMarkerRegister register={register} />
      <PatrolLogForm register={register} />
      <ExchangePanel />
    </div>
  );
}
