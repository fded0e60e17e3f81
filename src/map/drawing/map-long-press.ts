// "Hold here" on the map: a finger (or pen) held still for half a second, or a
// mouse right-click, reported with where it landed. The browser's own context
// menu is kept off the map meanwhile. A drag, a second finger (pinch) or
// lifting the finger early is no long press.

import type { Map as MapLibreMap } from "maplibre-gl";

export interface LongPress {
  /** In the map container's pixels (as map.project gives). */
  point: { x: number; y: number };
  /** In the page's viewport pixels, to place a menu. */
  client: { x: number; y: number };
  /** By finger or pen (a larger target), not a mouse. */
  touch: boolean;
}

const HOLD_MS = 500;
/** A finger moving further than this is dragging, not holding. */
const MOVE_SLOP_PX = 10;
/** A touch long press may also fire `contextmenu` (Android Chrome): one press, one report. */
const SAME_PRESS_MS = 1_500;

export function onMapLongPress(map: MapLibreMap, listener: (press: LongPress) => void): () => void {
  const canvas = map.getCanvas();
  let hold: { pointerId: number; x: number; y: number; timer: number } | null = null;
  /** When a finger's hold was last reported: the `contextmenu` the same hold may bring is not a second press. */
  let lastHeld = -Infinity;

  const report = (clientX: number, clientY: number, touch: boolean) => {
    const rect = canvas.getBoundingClientRect();
    listener({ point: { x: clientX - rect.left, y: clientY - rect.top }, client: { x: clientX, y: clientY }, touch });
  };
  const release = () => {
    if (hold) window.clearTimeout(hold.timer);
    hold = null;
  };
  const down = (event: PointerEvent) => {
    release();
    if (event.pointerType === "mouse" || !event.isPrimary) return;
    const { clientX, clientY, pointerId } = event;
    hold = { pointerId, x: clientX, y: clientY, timer: window.setTimeout(() => {
      release();
      lastHeld = performance.now();
      report(clientX, clientY, true);
    }, HOLD_MS) };
  };
  const move = (event: PointerEvent) => {
    if (hold?.pointerId === event.pointerId && Math.hypot(event.clientX - hold.x, event.clientY - hold.y) > MOVE_SLOP_PX) release();
  };
  const contextMenu = (event: MouseEvent) => {
    event.preventDefault();
    const touch = hold !== null;
    release();
    if (performance.now() - lastHeld > SAME_PRESS_MS) report(event.clientX, event.clientY, touch);
  };

  canvas.addEventListener("pointerdown", down);
  canvas.addEventListener("pointermove", move);
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("contextmenu", contextMenu);
  return () => {
    release();
    canvas.removeEventListener("pointerdown", down);
    canvas.removeEventListener("pointermove", move);
    canvas.removeEventListener("pointerup", release);
    canvas.removeEventListener("pointercancel", release);
    canvas.removeEventListener("contextmenu", contextMenu);
  };
}
