// The life of one terra-draw drawing or reshaping on the map: the promise the
// editor awaits, Escape to cancel, and a clean stop — terra-draw stopped, the
// cursor restored, feature selection resumed (on the next task, so the click
// that finished the drawing does not also select a feature).

import type { TerraDraw } from "terra-draw";

export interface DrawSessionControl<T> {
  result: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
  /** Ends the session once; later calls do nothing. */
  stop(): void;
  /** Stops and rejects the result with an AbortError carrying `cancelMessage`. */
  cancel(): void;
  stopped(): boolean;
}

export function startDrawSession<T>(draw: TerraDraw, canvas: HTMLCanvasElement, resumeSelection: () => void, cancelMessage: string): DrawSessionControl<T> {
  let settle: { resolve: (value: T) => void; reject: (reason: unknown) => void } | null = null;
  const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    window.removeEventListener("keydown", onKey);
    draw.stop();
    canvas.style.cursor = "";
    setTimeout(resumeSelection, 0);
  };
  const cancel = () => {
    stop();
    settle?.reject(new DOMException(cancelMessage, "AbortError"));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") cancel();
  };
  window.addEventListener("keydown", onKey);
  return {
    result,
    resolve: (value) => settle?.resolve(value),
    reject: (reason) => settle?.reject(reason),
    stop,
    cancel,
    stopped: () => done,
  };
}
