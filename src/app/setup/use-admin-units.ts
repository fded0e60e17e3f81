// The official list of units and its search index, loaded once per page
// (offline-first: see admin-data-source.ts).

import { useEffect, useMemo, useState } from "react";
import { CommuneSearch, type AdminUnits } from "../../geo/admin";
import { loadAdminUnits } from "./admin-data-source";

export function useAdminUnits(): { units: AdminUnits | null; search: CommuneSearch | null; error: string | null } {
  const [units, setUnits] = useState<AdminUnits | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadAdminUnits().then(
      (loaded) => !cancelled && setUnits(loaded),
      (reason: unknown) => !cancelled && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  const search = useMemo(() => (units ? new CommuneSearch(units) : null), [units]);
  return { units, search, error };
}
