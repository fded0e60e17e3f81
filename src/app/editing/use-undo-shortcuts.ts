// Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes the editing session's last
// step while the editor is on screen. In a text field the keys keep their
// usual meaning (undo typing), so the officer never loses a saved step by
// mistake; while a drawing tool is active they do nothing.

import { useEffect, type RefObject } from "react";

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function useUndoShortcuts(panel: RefObject<HTMLElement | null>, enabled: boolean, undo: () => void, redo: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // A hidden tab panel has no layout box: the shortcuts belong to the visible tab.
      if (!panel.current || panel.current.offsetParent === null || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) undo();
      else if (key === "y" || (key === "z" && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [panel, enabled, undo, redo]);
}
