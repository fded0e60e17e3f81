// One thing read from the provincial server for a view: the last good answer
// stays on screen when a later read fails (the failure is said beside it, in
// Vietnamese), and `reload` reads again.

import { useCallback, useEffect, useRef, useState } from "react";
import { userErrorMessage } from "../workspace";

export interface ServerData<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useServerData<T>(read: (() => Promise<T>) | null, failure: string): ServerData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const reload = useCallback(() => {
    if (!read) return;
    const mine = ++generation.current;
    setLoading(true);
    read().then(
      (value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (mine !== generation.current) return;
        setError(userErrorMessage(reason, failure));
        setLoading(false);
      },
    );
  }, [read, failure]);
  useEffect(reload, [reload]);
  return { data, error, loading, reload };
}
