import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "maplibre-gl/dist/maplibre-gl.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans/latin-700.css";
import "./app/shell/app.css";
import { App } from "./app/shell/App";

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
