// The React part of the app, loaded by main.tsx after the map has started
// (see map-first-start.ts): the shell, its panels and their styles' owners.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

export function startApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
