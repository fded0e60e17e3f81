// The "Biên giới" tab: border coordination with the border guard station —
// the marker register (overdue inspections highlighted), patrol logs with GPS
// track matching, data exchange, and the border line of a border commune
// derived from the official boundaries.

import { BorderMarkerRegister } from "./BorderMarkerRegister";
import { ExchangePanel } from "../exchange";
import { DeriveBorderLine } from "../setup";
import { PatrolLogForm } from "./PatrolLogForm";
import { useBorderRegister } from "./use-border-register";
import { RoleGate, usePermissions } from "../roles";

export function BorderTab() {
  const register = useBorderRegister();
  const { can } = usePermissions();
  return (
    <div className="border-tab">
      <h2>Phối hợp biên giới</h2>
      {register.error && (
        <p className="error" role="alert">
          {register.error}
        </p>
      )}
      {can("layers.edit") && <DeriveBorderLine />}
      <BorderMarkerRegister register={register} />
      <RoleGate action="border.edit" label="Nhật ký tuần tra">
        <PatrolLogForm register={register} />
      </RoleGate>
      {can("data.export") && <ExchangePanel />}
    </div>
  );
}
