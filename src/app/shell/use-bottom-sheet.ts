// The side panel's state on a phone, where it is a bottom sheet: peek (the
// commune's name above the tab bar), half, or full screen. CSS alone decides
// whether the state shows (phone layout, app.css); on a tablet or desktop the
// same state is kept but has no effect, so rotating a phone never remounts
// anything and a half-filled form survives.
//
// - The handle is dragged (pointer events: finger or mouse alike) and snaps
//   to the nearest state; a tap on it steps to the next state.
// - Typing in a form opens the sheet full screen (large inputs, nothing else).
// - While the map's taps place or draw (a new incident's place, a drawing
//   tool, a measurement), the sheet steps down to peek, then comes back. The
//   tool's own "Xong" / "Hủy" carry `.map-tool-actions` and float over the
//   map meanwhile (screen-layouts.css).

import { useCallback, useEffect, useRef, useState, type FocusEvent, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import type { MapController } from "../../map/map-controller";
import type { SheetHeight } from "../ui/side-panel-control";

export type SheetState = SheetHeight;

const NEXT_ON_TAP: Record<SheetState, SheetState> = { peek: "half", half: "full", full: "peek" };
/** A drag shorter than this is a tap. */
const TAP_SLOP_PX = 8;

export interface BottomSheet {
  state: SheetState;
  setState: (state: SheetState) => void;
  /** Opens the sheet to half when it is down at peek (a tab was chosen). */
  reveal: () => void;
  handleProps: {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
    onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
    onPointerCancel: (event: ReactPointerEvent<HTMLElement>) => void;
  };
  onFocusCapture: (event: FocusEvent<HTMLElement>) => void;
}

/** The height each state has in the phone layout (app.css), for snapping a drag. */
function stateHeights(sheet: HTMLElement): Record<SheetState, number> {
  const style = getComputedStyle(sheet);
  const viewport = window.innerHeight;
  const peek = Number.parseFloat(style.getPropertyValue("--sheet-peek")) || 172;
  return { peek, half: viewport * 0.55, full: viewport };
}

export function useBottomSheet(sheetRef: RefObject<HTMLElement | null>, controller: MapController | null): BottomSheet {
  const [state, setState] = useState<SheetState>("peek");
  const drag = useRef<{ pointerId: number; startY: number; startHeight: number; moved: boolean } | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    if (!controller) return;
    let before: SheetState | null = null;
    return controller.onTapModeChange((takingTaps) => {
      if (takingTaps) {
        before ??= stateRef.current;
        setState("peek");
      } else if (before) {
        setState(before);
        before = null;
      }
    });
  }, [controller]);

  const reveal = useCallback(() => setState((current) => (current === "peek" ? "half" : current)), []);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    const sheet = sheetRef.current;
    if (!sheet || (event.target as HTMLElement).closest("button")) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, startY: event.clientY, startHeight: sheet.getBoundingClientRect().height, moved: false };
    sheet.style.transition = "none"; // the sheet follows the finger, no easing behind it
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const sheet = sheetRef.current;
    const current = drag.current;
    if (!sheet || !current || current.pointerId !== event.pointerId) return;
    const delta = current.startY - event.clientY;
    if (Math.abs(delta) > TAP_SLOP_PX) current.moved = true;
    if (!current.moved) return;
    const heights = stateHeights(sheet);
    sheet.style.height = `${Math.min(heights.full, Math.max(heights.peek, current.startHeight + delta))}px`;
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const sheet = sheetRef.current;
    const current = drag.current;
    if (!sheet || !current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    sheet.style.transition = "";
    if (!current.moved) {
      setState((previous) => NEXT_ON_TAP[previous]);
      return;
    }
    const height = sheet.getBoundingClientRect().height;
    sheet.style.height = "";
    const heights = stateHeights(sheet);
    const nearest = (Object.keys(heights) as SheetState[]).reduce((best, candidate) =>
      Math.abs(heights[candidate] - height) < Math.abs(heights[best] - height) ? candidate : best,
    );
    setState(nearest);
  };
  const onPointerCancel = (event: ReactPointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    if (sheetRef.current) Object.assign(sheetRef.current.style, { height: "", transition: "" });
  };

  const onFocusCapture = (event: FocusEvent<HTMLElement>) => {
    const field = event.target;
    const typing = field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement || (field instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "file", "range"].includes(field.type));
    if (typing && field.closest("form")) setState("full");
  };

  return { state, setState, reveal, handleProps: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel }, onFocusCapture };
}
