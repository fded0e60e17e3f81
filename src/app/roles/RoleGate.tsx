// Makes a block of controls read-only for a role that may not do `action`:
// a disabled <fieldset> disables every input, select and button inside it
// (HTML's own rule), so a form stays readable but nothing can be changed —
// no view needs to thread a "readOnly" flag through each of its fields.

import type { ReactNode } from "react";
import type { RoleAction } from "../../domain/device-role";
import { usePermissions } from "./use-permissions";
import "./roles.css";

export function RoleGate({ action, children, label }: { action: RoleAction; children: ReactNode; label?: string }) {
  const { can, role } = usePermissions();
  const allowed = can(action);
  return (
    <fieldset className="role-gate" disabled={!allowed} aria-label={label} data-role-gate={action}>
      {!allowed && <p className="read-only-note">Vai trò {role.label}: chỉ xem phần này.</p>}
      {children}
    </fieldset>
  );
}
