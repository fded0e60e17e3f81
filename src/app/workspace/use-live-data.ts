// The one way views read IndexedDB: a Dexie liveQuery, re-run after every
// committed write that may change its answer — in this tab, another tab or a
// worker — so no view needs a reload or a custom event to see new data.
// (Tables too large to re-read per change use LiveTable: live-incidents.ts.)

import { useEffect, useState, type DependencyList } from "react";
import { liveQuery } from "dexie";

export interface LiveData<T> {
  /** undefined until the query has answered once. */
  data: T | undefined;
  error: unknown;
}

export function useLiveData<T>(query: () => Promise<T>, deps: DependencyList): LiveData<T> {
  const [state, setState] = useState<LiveData<T>>({ data: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ data, error: null }),
      error: (error: unknown) => setState((current) => ({ data: current.data, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
