// Whether the side-panel tab around a component is the one shown. Tabs stay
// mounted while hidden (a download, a draft goes on), but a hidden tab need
// not recompute what only it displays: with 10,000 militia posts, the hidden
// "Phân tích" tab re-keying its inputs and re-indexing the posts after every
// save or click took seconds of main thread (bench/editing-large-layer.bench.ts).

import { createContext, useContext, useRef } from "react";

/** Provided by the side panel around each tab; true outside any tab. */
export const TabActiveContext = createContext(true);

export function useTabActive(): boolean {
  return useContext(TabActiveContext);
}

/** `value` while the tab is shown; while hidden, the value it had when last shown (so memos keyed on it stay put). */
export function useHeldWhileHidden<T>(value: T): T {
  const active = useTabActive();
  const held = useRef(value);
  if (active) held.current = value;
  return held.current;
}
